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
  // 1: signed-out visitors may read documents, topics and comparisons (classroom handouts).
  CLAIMSCOPE_PUBLIC_READ: z.enum(['0', '1', 'true', 'false', '']).optional(),
});

export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  | { kind: 'embedded'; dir: string };

let cached: z.infer<typeof envSchema> | undefined;

export function getEnv() {
  cached ??= envSchema.parse(process.env);
  return cached;
}

/** CLAIMSCOPE_PUBLIC_READ=1 opens reading to signed-out visitors, whatever the stored setting says. */
export function isPublicReadForced(): boolean {
  const v = getEnv().CLAIMSCOPE_PUBLIC_READ;
  return v === '1' || v === 'true';
}

/** Where the app's data lives: `DATABASE_URL=postgres://…` or the embedded PGlite directory. */
export function resolveDatabaseTarget(url = getEnv().DATABASE_URL): DatabaseTarget {
  if (url && /^postgres(ql)?:/.test(url)) return { kind: 'postgres', url };
  const fallback = path.join(dataDir(), 'pglite');
  const dir = url?.startsWith('pglite:') ? url.slice('pglite:'.length) : fallback;
  return { kind: 'embedded', dir: path.resolve(/*turbopackIgnore: true*/ dir || fallback) };
}

/** Directory for local state (embedded database, generated secrets). */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ getEnv().CLAIMSCOPE_DATA_DIR ?? 'data');
}
