// npm run worker (node bin/worker.js: this file, bundled; [--concurrency N] [--batch-size N]): runs background jobs (extraction and
// topic suggestion of uploaded documents) from the pg-boss queue on the PostgreSQL server in
// DATABASE_URL. Start as many as you like, on any machine: each job is taken by one of them.
// On the embedded database the web server runs the jobs itself (docs/jobs.md).
import { disconnectPrisma, getPrisma } from '../lib/db/client.ts';
import { jobQueueKind } from '../lib/env.ts';
import { startExtractionWorker } from '../lib/jobs/extraction-worker.ts';
import { createJobQueue } from '../lib/jobs/runtime.ts';

function wholeFlag(name: string, fallback: number, max: number): number {
  const i = process.argv.indexOf(name);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    console.error(`${name} takes a whole number from 1 to ${max}`);
    process.exit(2);
  }
  return n;
}

/** Jobs fetched at once: a bulk import's documents are then suggested in groups (docs/jobs.md). */
const DEFAULT_BATCH_SIZE = 12;

async function main() {
  if (jobQueueKind() !== 'pg-boss') {
    console.error('worker: the jobs of the embedded database run inside the web server (npm start / npm run demo); `npm run worker` is for a PostgreSQL DATABASE_URL (or CLAIMSCOPE_JOBS=pg-boss).');
    process.exit(1);
  }
  const db = await getPrisma();
  const queue = await createJobQueue('pg-boss', { concurrency: wholeFlag('--concurrency', 1, 32), pollingIntervalSeconds: 1 });
  const worker = await startExtractionWorker(db, queue, { batchSize: wholeFlag('--batch-size', DEFAULT_BATCH_SIZE, 100) });
  console.log('worker: waiting for jobs (Ctrl+C to stop)');
  const stop = async () => {
    console.log('worker: stopping after the running jobs…');
    await worker.stop();
    await disconnectPrisma();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch(async (e) => {
  console.error(`worker failed: ${e instanceof Error ? e.message : e}`);
  await disconnectPrisma().catch(() => {});
  process.exit(1);
});
