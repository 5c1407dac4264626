// The job queue the app codes against. Two implementations with one behaviour:
// pg-boss on a PostgreSQL server (jobs in its own schema, shared by any number of workers) and a
// small in-process queue on the embedded database (the web server process runs the jobs).
// What users see (queued, running, done, failed + the error) lives in our own tables, written by
// the handlers, so both kinds show the same states.

export type JobContext<T> = {
  id: string;
  name: string;
  data: T;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
  /** attempt === maxAttempts: a throw now fails the job for good. */
  maxAttempts: number;
};

export type JobHandler<T> = (job: JobContext<T>) => Promise<void>;

/** Runs a batch of jobs; resolves to the ones that failed, each with its error (the rest succeeded). */
export type BatchJobHandler<T> = (jobs: JobContext<T>[]) => Promise<Map<string, unknown>>;

export type EnqueueOptions = {
  /** At most one waiting job per key and queue (e.g. a document id). */
  key?: string;
};

export type WorkOptions = {
  /** Runs this queue's jobs only while that queue has none waiting (background work that must not slow it). */
  yieldTo?: string;
};

export type QueueSettings = {
  /** Runs per job in all, the first included (default 3). */
  maxAttempts?: number;
  /** Pause before a retry (default 5 s; doubled per retry). */
  retryDelayMs?: number;
};

export type JobQueue = {
  readonly kind: 'pg-boss' | 'in-process';
  /** Creates or updates the queue; in a process, the first definition of a name wins. */
  define(name: string, settings?: QueueSettings): Promise<void>;
  /** Adds a job; resolves to its id, or null when a waiting job with the same key exists. */
  enqueue<T extends object>(name: string, data: T, options?: EnqueueOptions): Promise<string | null>;
  /** Adds many jobs at once (a bulk import); a job whose key waits already is dropped. */
  enqueueMany<T extends object>(name: string, jobs: { data: T; key?: string }[]): Promise<void>;
  /** Runs `handler` for the queue's jobs in this process; a throw retries until maxAttempts. */
  work<T extends object>(name: string, handler: JobHandler<T>, options?: WorkOptions): Promise<void>;
  /** Like work, up to `batchSize` jobs per call (pg-boss fetches them in one query). */
  workBatch<T extends object>(name: string, handler: BatchJobHandler<T>, batchSize: number): Promise<void>;
  /** Stops taking jobs and waits for the running ones. */
  stop(): Promise<void>;
};

export const DEFAULT_MAX_ATTEMPTS = 3;
export const DEFAULT_RETRY_DELAY_MS = 5_000;

export function errorMessage(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n').filter(Boolean).at(-1)?.slice(0, 1000) ?? 'unknown error';
}
