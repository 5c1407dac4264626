import path from 'node:path';
import { z } from 'zod';

// The only reader of process.env (house rule). Parsed once, lazily.

/** A whole number setting; unset or empty (as copied from .env.example) means the default. */
const positiveInt = (fallback: number, max: number) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(max).default(fallback));

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
  // Sign-in hardening (lib/auth/sign-in-rules.ts, docs/security.md). Addresses or CIDRs of the
  // reverse proxies whose X-Forwarded-For is believed; unset: only the socket address counts.
  CLAIMSCOPE_TRUSTED_PROXIES: z.string().optional(),
  CLAIMSCOPE_SIGNIN_DELAY_AFTER: positiveInt(3, 1000),
  CLAIMSCOPE_SIGNIN_LOCK_AFTER: positiveInt(10, 1000),
  CLAIMSCOPE_SIGNIN_ADDRESS_LOCK_AFTER: positiveInt(50, 100000),
  CLAIMSCOPE_SIGNIN_WINDOW_MINUTES: positiveInt(15, 1440),
  CLAIMSCOPE_SIGNIN_LOCK_MINUTES: positiveInt(15, 1440),
  // Absolute session lifetime and idle expiry (a session unused this long ends).
  CLAIMSCOPE_SESSION_MAX_AGE_HOURS: positiveInt(24 * 7, 24 * 365),
  CLAIMSCOPE_SESSION_IDLE_HOURS: positiveInt(24 * 3, 24 * 365),
  // 1: signed-out visitors may read documents, topics and comparisons (classroom handouts).
  CLAIMSCOPE_PUBLIC_READ: z.enum(['0', '1', 'true', 'false', '']).optional(),
  /** Where background jobs run (docs/jobs.md): unset means in-process on the embedded database, pg-boss on PostgreSQL. */
  CLAIMSCOPE_JOBS: z.enum(['in-process', 'pg-boss', '']).optional(),
  /** Largest file `import` accepts, in MB (default 20). */
  CLAIMSCOPE_MAX_IMPORT_MB: z.coerce.number().positive().max(1024).default(20),
  /** Hosts, addresses or CIDR ranges a URL import may reach although they are private (comma list). */
  CLAIMSCOPE_FETCH_ALLOW: z.string().optional(),
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

/** The public address (BETTER_AUTH_URL) as a URL, for absolute links in page metadata; undefined when unset. */
export function publicBaseUrl(): URL | undefined {
  const url = getEnv().BETTER_AUTH_URL;
  return url ? new URL(url) : undefined;
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

/** Size limits for imports (env CLAIMSCOPE_MAX_IMPORT_MB, CLAIMSCOPE_MAX_CLAIM_CHARS). */
export type ImportLimits = { maxDocumentBytes: number; maxClaimChars: number };

export function importLimits(): ImportLimits {
  const env = getEnv();
  return { maxDocumentBytes: Math.round(env.CLAIMSCOPE_MAX_IMPORT_MB * 1024 * 1024), maxClaimChars: env.CLAIMSCOPE_MAX_CLAIM_CHARS };
}

/** CLAIMSCOPE_FETCH_ALLOW as a list: private hosts or ranges a URL import may fetch from. */
export function fetchAllowList(): string[] {
  return (getEnv().CLAIMSCOPE_FETCH_ALLOW ?? '').split(',').map((e) => e.trim()).filter(Boolean);
}

/** Directory for local state (embedded database, generated secrets). */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ getEnv().CLAIMSCOPE_DATA_DIR ?? 'data');
}

export type JobQueueKind = 'in-process' | 'pg-boss';

/** The job queue for this configuration: CLAIMSCOPE_JOBS, else by the kind of database. */
export function jobQueueKind(): JobQueueKind {
  const chosen = getEnv().CLAIMSCOPE_JOBS;
  if (chosen) return chosen;
  return resolveDatabaseTarget().kind === 'postgres' ? 'pg-boss' : 'in-process';
}
