import { getPrisma } from '../db/client.ts';
import { jobQueueKind } from '../env.ts';
import { startExtractionWorker } from './extraction-worker.ts';
import { getJobQueue } from './runtime.ts';

// The web server's share of the jobs: with the in-process queue (embedded database) it runs
// them; with pg-boss it only sends them and `npm run worker` processes run them.

const SWEEP_INTERVAL_MS = 30_000;
const globalForWorker = globalThis as unknown as { claimscopeWebWorker?: Promise<unknown> };

export function startWebWorker(): Promise<unknown> {
  if (jobQueueKind() !== 'in-process') return Promise.resolve();
  globalForWorker.claimscopeWebWorker ??= (async () => {
    const queue = await getJobQueue();
    return startExtractionWorker(await getPrisma(), queue, { sweepIntervalMs: SWEEP_INTERVAL_MS });
  })().catch((e) => {
    // The server still serves; uploads stay 'queued' until the next start picks them up.
    globalForWorker.claimscopeWebWorker = undefined;
    console.error('The background job worker did not start:', e instanceof Error ? e.message : e);
  });
  return globalForWorker.claimscopeWebWorker;
}
