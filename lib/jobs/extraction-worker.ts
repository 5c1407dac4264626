import type { Db } from '../db/client.ts';
import { defaultExtractionSteps, EXTRACTION_QUEUE, EXTRACTION_QUEUE_SETTINGS, extractionHandler, requeueExtractions, runExtractionBatch, type ExtractionJobData, type ExtractionSteps } from '../services/run-extraction-job.ts';
import { runSuggestionJob, SUGGESTION_QUEUE, SUGGESTION_QUEUE_SETTINGS, type SuggestionJobData } from '../services/run-suggestion-job.ts';
import type { JobQueue, QueueSettings } from './queue.ts';

// Starts this process's extraction worker on a queue and sends again what a restart may have lost.

export type ExtractionWorker = { stop: () => Promise<void> };

export type ExtractionWorkerOptions = {
  steps?: ExtractionSteps;
  /** Attempts and retry delay (default EXTRACTION_QUEUE_SETTINGS). */
  settings?: QueueSettings;
  /** In-process queue: look for 'queued' documents this often (stored by another process, e.g. the CLI). */
  sweepIntervalMs?: number;
  /** Extraction jobs fetched and stored per transaction (pg-boss; runExtractionBatch). */
  batchSize?: number;
};

export async function startExtractionWorker(db: Db, queue: JobQueue, options: ExtractionWorkerOptions = {}): Promise<ExtractionWorker> {
  await queue.define(EXTRACTION_QUEUE, options.settings ?? EXTRACTION_QUEUE_SETTINGS);
  // An in-process queue forgets everything on restart, also the job that was running; pg-boss
  // keeps its jobs (and retries a crashed one), so there only documents never sent are swept.
  // Swept before working, so a job still waiting in pg-boss absorbs the duplicate (one per key).
  const inMemory = queue.kind === 'in-process';
  const swept = await requeueExtractions(db, queue, inMemory ? ['queued', 'running'] : ['queued']);
  if (swept > 0) console.log(`extraction worker: ${swept} document(s) waiting from before were sent again (a job still waiting absorbs its duplicate)`);
  const batchSize = options.batchSize ?? 1;
  const steps = options.steps ?? defaultExtractionSteps;
  if (batchSize > 1) await queue.workBatch<ExtractionJobData>(EXTRACTION_QUEUE, (jobs) => runExtractionBatch(db, queue, jobs, steps), batchSize);
  else await queue.work(EXTRACTION_QUEUE, extractionHandler(db, queue, steps));
  // Topic suggestion after extraction, only while no extraction job waits (docs/jobs.md "Throughput").
  await queue.define(SUGGESTION_QUEUE, options.settings ?? SUGGESTION_QUEUE_SETTINGS);
  await queue.work<SuggestionJobData>(SUGGESTION_QUEUE, (job) => runSuggestionJob(db, job, steps.suggest), { yieldTo: EXTRACTION_QUEUE });
  let timer: ReturnType<typeof setInterval> | undefined;
  if (inMemory && options.sweepIntervalMs) {
    timer = setInterval(() => void requeueExtractions(db, queue, ['queued']).catch((e) => console.error('extraction sweep:', e)), options.sweepIntervalMs);
    timer.unref?.();
  }
  return {
    stop: async () => {
      if (timer) clearInterval(timer);
      await queue.stop();
    },
  };
}
