import path from 'node:path';
import { z } from 'zod';

// The only reader of process.env (house rule). Parsed once, lazily.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^(postgres|postgresql|pglite):/.test(v), {
      message: 'DATABASE_URL must start with postgres://, postgresql:// or pglite:',
    }),
  CLAIMSCOPE_DATA_DIR: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  BETTER_AUTH_SECRET: z.string().min(32, 'BETTER_AUTH_SECRET needs at least 32 characters').optional(),
  BETTER_AUTH_URL: z.url().optional(),
  /** Largest file `import` accepts, in MB (default 20). */
  CLAIMSCOPE_MAX_IMPORT_MB: z.coerce.number().positive().max(1024).default(20),
  /** Longest sentence that becomes a claim, in characters (default 2000). */
  CLAIMSCOPE_MAX_CLAIM_CHARS: z.coerce.number().int().min(100).max(100_000).default(2000),
});

export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  | { kind: 'embedded'; dir: string };

let cached: z.infer<typeof envSchema> | undefined;

export function getEnv() {
  cached ??= envSchema.parse(process.env);
  return cached;
}

/** Where the app's data lives: `DATABASE_URL=postgres://…` or the embedded PGlite directory. */
export function resolveDatabaseTarget(url = getEnv().DATABASE_URL): DatabaseTarget {
  if (url && /^postgres(ql)?:/.test(url)) return { kind: 'postgres', url };
  const fallback = path.join(dataDir(), 'pglite');
  const dir = url?.startsWith('pglite:') ? url.slice('pglite:'.length) : fallback;
  return { kind: 'embedded', dir: path.resolve(/*turbopackIgnore: true*/ dir || fallback) };
}

/** Size limits for imports (env CLAIMSCOPE_MAX_IMPORT_MB, CLAIMSCOPE_MAX_CLAIM_CHARS). */
export type ImportLimits = { maxDocumentBytes: number; maxClaimChars: number };

export function importLimits(): ImportLimits {
  const env = getEnv();
  return { maxDocumentBytes: Math.round(env.CLAIMSCOPE_MAX_IMPORT_MB * 1024 * 1024), maxClaimChars: env.CLAIMSCOPE_MAX_CLAIM_CHARS };
}

/** Directory for local state (embedded database, generated secrets). */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ getEnv().CLAIMSCOPE_DATA_DIR ?? 'data');
}
