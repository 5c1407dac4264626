import type { Db } from '../db/client.ts';
import { errorMessage, type JobContext, type JobHandler, type JobQueue, type QueueSettings } from '../jobs/queue.ts';
import { extractDocumentBatch, type BatchExtraction } from './extract-batch.ts';
import { enqueueSuggestions, suggestForGroup, type SuggestStep } from './run-suggestion-job.ts';

// The background job of a new document: extract its claims (a worker takes a batch of jobs and
// stores them in one transaction), keeping the document's extractionStatus (queued → running →
// done, or failed with the error after the last retry) so the document page can show where it
// is. Topic suggestion follows on its own queue (run-suggestion-job.ts).

export const EXTRACTION_QUEUE = 'extract-document';
export const EXTRACTION_QUEUE_SETTINGS: QueueSettings = { maxAttempts: 3, retryDelayMs: 5_000 };

export type ExtractionJobData = { documentId: string };

export type ExtractionSteps = {
  /** Extracts and stores the taken documents (one transaction); reports those whose extraction threw. */
  extractBatch: (db: Db, documentIds: string[]) => Promise<BatchExtraction>;
  /** A suggestion job's run over a group of newly extracted documents. */
  suggest: SuggestStep;
};

export const defaultExtractionSteps: ExtractionSteps = { extractBatch: (db, ids) => extractDocumentBatch(db, ids), suggest: suggestForGroup };

/** Marks the documents running and counts the attempt, in one statement; returns those taken (not done, not gone). */
async function takeDocuments(db: Db, documentIds: string[]): Promise<Set<string>> {
  const taken = await db.document.updateManyAndReturn({
    where: { id: { in: documentIds }, extractionStatus: { not: 'done' } },
    data: { extractionStatus: 'running', extractionAttempts: { increment: 1 }, extractionUpdatedAt: new Date() },
    select: { id: true },
  });
  return new Set(taken.map((d) => d.id));
}

/** Back to 'queued' with the error, or 'failed' after the last attempt. */
async function recordFailure(db: Db, job: JobContext<ExtractionJobData>, e: unknown): Promise<void> {
  const final = job.attempt >= job.maxAttempts;
  await db.document.updateMany({
    where: { id: job.data.documentId, extractionStatus: { not: 'done' } },
    data: { extractionStatus: final ? 'failed' : 'queued', extractionError: errorMessage(e), extractionUpdatedAt: new Date() },
  });
}

/**
 * Runs a batch of extraction jobs (a worker with --batch-size; a single job is a batch of one):
 * the documents are taken in one statement (a duplicate job of a done document does nothing),
 * extracted and stored in one transaction, and their topic suggestion is enqueued. Resolves to
 * the jobs that failed, each recorded on its document; a document whose extraction throws fails
 * alone, a failing transaction fails the batch.
 */
export async function runExtractionBatch(db: Db, queue: JobQueue, jobs: JobContext<ExtractionJobData>[], steps = defaultExtractionSteps): Promise<Map<string, unknown>> {
  const failed = new Map<string, unknown>();
  const taken = await takeDocuments(db, jobs.map((j) => j.data.documentId));
  const mine = jobs.filter((j) => taken.has(j.data.documentId));
  if (mine.length === 0) return failed;
  let result: BatchExtraction;
  try {
    result = await steps.extractBatch(db, [...taken]);
  } catch (e) {
    result = { done: [], failed: new Map(mine.map((j) => [j.data.documentId, e])) };
  }
  for (const job of mine) {
    const e = result.failed.get(job.data.documentId);
    if (e === undefined) continue;
    failed.set(job.id, e);
    await recordFailure(db, job, e);
  }
  // Stored already: a lost suggestion job only means fewer suggested topics, never a lost document.
  await enqueueSuggestions(queue, result.done).catch((e) => console.error('topic suggestion not enqueued:', errorMessage(e)));
  return failed;
}

/** Runs one extraction job; throws (after recording the error) so the queue retries. */
export async function runExtractionJob(db: Db, queue: JobQueue, job: JobContext<ExtractionJobData>, steps = defaultExtractionSteps): Promise<void> {
  const failed = await runExtractionBatch(db, queue, [job], steps);
  if (failed.has(job.id)) throw failed.get(job.id);
}

export function extractionHandler(db: Db, queue: JobQueue, steps = defaultExtractionSteps): JobHandler<ExtractionJobData> {
  return (job) => runExtractionJob(db, queue, job, steps);
}

/** Enqueues a stored document's extraction; false when a job for it is waiting already. */
export async function enqueueExtraction(queue: JobQueue, documentId: string): Promise<boolean> {
  await queue.define(EXTRACTION_QUEUE, EXTRACTION_QUEUE_SETTINGS);
  return (await queue.enqueue<ExtractionJobData>(EXTRACTION_QUEUE, { documentId }, { key: documentId })) !== null;
}

/** Enqueues many stored documents' extractions in bulk (a waiting job per document absorbs a duplicate). */
export async function enqueueExtractions(queue: JobQueue, documentIds: string[]): Promise<void> {
  if (documentIds.length === 0) return;
  await queue.define(EXTRACTION_QUEUE, EXTRACTION_QUEUE_SETTINGS);
  await queue.enqueueMany<ExtractionJobData>(EXTRACTION_QUEUE, documentIds.map((documentId) => ({ data: { documentId }, key: documentId })));
}

const SWEEP_PAGE = 5000;

/**
 * Enqueues (and counts) the documents whose jobs a restart may have lost: 'queued' ones (stored but never
 * sent, or sent to a queue that lived in memory) and, for an in-process queue, 'running' ones. Sent in
 * pages, in bulk: after a large queued import this may be every document.
 */
export async function requeueExtractions(db: Db, queue: JobQueue, statuses: ('queued' | 'running')[]): Promise<number> {
  let sent = 0;
  for (let cursor: string | undefined; ; ) {
    const docs = await db.document.findMany({
      where: { extractionStatus: { in: statuses } },
      orderBy: { id: 'asc' },
      take: SWEEP_PAGE,
      ...(cursor && { cursor: { id: cursor }, skip: 1 }),
      select: { id: true },
    });
    if (docs.length === 0) return sent;
    await enqueueExtractions(queue, docs.map((d) => d.id));
    sent += docs.length;
    cursor = docs.at(-1)!.id;
  }
}
