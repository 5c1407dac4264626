import { jobQueueKind } from '../env.ts';
import { resolveDatabaseUrl } from '../db/client.ts';
import { InProcessQueue } from './in-process-queue.ts';
import type { JobQueue } from './queue.ts';
import type { PgBossQueueOptions } from './pg-boss-queue.ts';

// This process's queue, created on first use (never during `next build`), shared by the server
// actions that enqueue and the worker that runs jobs in the same process.

const globalForJobs = globalThis as unknown as { claimscopeJobQueue?: Promise<JobQueue> };

export async function createJobQueue(kind = jobQueueKind(), options: PgBossQueueOptions = {}): Promise<JobQueue> {
  if (kind === 'in-process') return new InProcessQueue();
  // Loaded only here: pg-boss is not needed on the embedded database.
  const { PgBossQueue } = await import('./pg-boss-queue.ts');
  return new PgBossQueue(await resolveDatabaseUrl(), options);
}

export function getJobQueue(): Promise<JobQueue> {
  globalForJobs.claimscopeJobQueue ??= createJobQueue();
  return globalForJobs.claimscopeJobQueue;
}

/** Uses `queue` as this process's queue (the worker script; tests). */
export function setJobQueue(queue: JobQueue): void {
  globalForJobs.claimscopeJobQueue = Promise.resolve(queue);
}

export async function stopJobQueue(): Promise<void> {
  const pending = globalForJobs.claimscopeJobQueue;
  globalForJobs.claimscopeJobQueue = undefined;
  if (pending) await (await pending).stop();
}
