import type { Db } from '../db/client.ts';
import type { Lang } from '../engine/types.ts';
import { errorMessage, type JobContext, type JobHandler, type JobQueue, type QueueSettings } from '../jobs/queue.ts';
import { replaceAutoClaims } from './extract-document-claims.ts';
import { suggestTopicsForDocuments } from './suggest-topics.ts';

// The background job of a new document: extract its claims, then suggest topics for it, keeping
// the document's extractionStatus (queued → running → done, or failed with the error after the
// last retry) so the document page can show where it is on either kind of queue.

export const EXTRACTION_QUEUE = 'extract-document';
export const EXTRACTION_QUEUE_SETTINGS: QueueSettings = { maxAttempts: 3, retryDelayMs: 5_000 };

export type ExtractionJobData = { documentId: string };

/** Documents a new one is suggested together with: the most recently stored, already extracted. */
export const SUGGESTION_NEIGHBOURS = 5;

export type ExtractionSteps = {
  extract: (db: Db, documentId: string) => Promise<void>;
  suggest: (db: Db, documentId: string) => Promise<void>;
};

/** Extracts in one transaction with the document row locked, so two runs of one job do not interleave. */
async function extractStep(db: Db, documentId: string): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const [doc] = await tx.$queryRaw<{ text: string; language: string; extractionStatus: string }[]>`
        SELECT text, language, "extractionStatus"::text AS "extractionStatus" FROM "Document" WHERE id = ${documentId} FOR UPDATE`;
      if (!doc || doc.extractionStatus === 'done') return;
      await replaceAutoClaims(tx, documentId, doc.text, doc.language as Lang);
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
}

/** Suggests topics across the new document and its most recent extracted neighbours (none: nothing to pair). */
async function suggestStep(db: Db, documentId: string): Promise<void> {
  const neighbours = await db.document.findMany({
    where: { id: { not: documentId }, extractionStatus: 'done' },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: SUGGESTION_NEIGHBOURS,
    select: { id: true },
  });
  if (neighbours.length === 0) return;
  await suggestTopicsForDocuments(db, [documentId, ...neighbours.map((d) => d.id)]);
}

export const defaultExtractionSteps: ExtractionSteps = { extract: extractStep, suggest: suggestStep };

/** Runs one extraction job; throws (after recording the error) so the queue retries. */
export async function runExtractionJob(db: Db, job: JobContext<ExtractionJobData>, steps = defaultExtractionSteps): Promise<void> {
  const { documentId } = job.data;
  const now = () => new Date();
  const taken = await db.document.updateMany({
    where: { id: documentId, extractionStatus: { not: 'done' } },
    data: { extractionStatus: 'running', extractionAttempts: { increment: 1 }, extractionUpdatedAt: now() },
  });
  if (taken.count === 0) return; // done already (a duplicate job) or deleted
  try {
    await steps.extract(db, documentId);
    await steps.suggest(db, documentId);
    await db.document.updateMany({ where: { id: documentId }, data: { extractionStatus: 'done', extractionError: null, extractionUpdatedAt: now() } });
  } catch (e) {
    const final = job.attempt >= job.maxAttempts;
    await db.document.updateMany({
      where: { id: documentId },
      data: { extractionStatus: final ? 'failed' : 'queued', extractionError: errorMessage(e), extractionUpdatedAt: now() },
    });
    throw e;
  }
}

export function extractionHandler(db: Db, steps = defaultExtractionSteps): JobHandler<ExtractionJobData> {
  return (job) => runExtractionJob(db, job, steps);
}

/** Enqueues a stored document's extraction; false when a job for it is waiting already. */
export async function enqueueExtraction(queue: JobQueue, documentId: string): Promise<boolean> {
  await queue.define(EXTRACTION_QUEUE, EXTRACTION_QUEUE_SETTINGS);
  return (await queue.enqueue<ExtractionJobData>(EXTRACTION_QUEUE, { documentId }, { key: documentId })) !== null;
}

/**
 * Enqueues (and counts) the documents whose jobs a restart may have lost: 'queued' ones (stored but never
 * sent, or sent to a queue that lived in memory) and, for an in-process queue, 'running' ones.
 */
export async function requeueExtractions(db: Db, queue: JobQueue, statuses: ('queued' | 'running')[]): Promise<number> {
  const docs = await db.document.findMany({ where: { extractionStatus: { in: statuses } }, orderBy: { createdAt: 'asc' }, select: { id: true } });
  let sent = 0;
  for (const d of docs) if (await enqueueExtraction(queue, d.id)) sent++;
  return sent;
}
