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
  /** A batch's suggestion run over a group of its newly extracted documents (they are each other's neighbours). */
  suggestGroup?: (db: Db, documentIds: string[]) => Promise<void>;
};

/** Newly extracted documents of a batch suggested together: each is paired with the others of its group. */
export const SUGGESTION_GROUP = SUGGESTION_NEIGHBOURS + 1;

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
  await suggestTopicsForDocuments(db, [documentId, ...neighbours.map((d) => d.id)], { sweepEmptied: false });
}

/** A group of one has no partner in its batch: it gets the recent neighbours, as a single job. */
async function suggestGroupStep(db: Db, documentIds: string[]): Promise<void> {
  if (documentIds.length === 1) return suggestStep(db, documentIds[0]);
  await suggestTopicsForDocuments(db, documentIds, { sweepEmptied: false });
}

export const defaultExtractionSteps: ExtractionSteps = { extract: extractStep, suggest: suggestStep, suggestGroup: suggestGroupStep };

/** Runs one extraction job; throws (after recording the error) so the queue retries. */
export async function runExtractionJob(db: Db, job: JobContext<ExtractionJobData>, steps = defaultExtractionSteps): Promise<void> {
  const { documentId } = job.data;
  if (!(await takeDocument(db, documentId))) return; // done already (a duplicate job) or deleted
  try {
    await steps.extract(db, documentId);
    await steps.suggest(db, documentId);
    await db.document.updateMany({ where: { id: documentId }, data: { extractionStatus: 'done', extractionError: null, extractionUpdatedAt: new Date() } });
  } catch (e) {
    await recordFailure(db, job, e);
    throw e;
  }
}

/** Marks the document running and counts the attempt; false when it is done already or gone. */
async function takeDocument(db: Db, documentId: string): Promise<boolean> {
  const taken = await db.document.updateMany({
    where: { id: documentId, extractionStatus: { not: 'done' } },
    data: { extractionStatus: 'running', extractionAttempts: { increment: 1 }, extractionUpdatedAt: new Date() },
  });
  return taken.count > 0;
}

/** Back to 'queued' with the error, or 'failed' after the last attempt. */
async function recordFailure(db: Db, job: JobContext<ExtractionJobData>, e: unknown): Promise<void> {
  const final = job.attempt >= job.maxAttempts;
  await db.document.updateMany({
    where: { id: job.data.documentId },
    data: { extractionStatus: final ? 'failed' : 'queued', extractionError: errorMessage(e), extractionUpdatedAt: new Date() },
  });
}

/**
 * Runs a batch of extraction jobs (a worker with --batch-size): each is taken and extracted on
 * its own, then the extracted ones are suggested in groups of SUGGESTION_GROUP, one suggestion
 * run per group instead of one per document with five neighbours (docs/jobs.md). Resolves to the
 * jobs that failed (recorded like a single job's failure); a failing group fails its documents.
 */
export async function runExtractionBatch(db: Db, jobs: JobContext<ExtractionJobData>[], steps = defaultExtractionSteps): Promise<Map<string, unknown>> {
  const failed = new Map<string, unknown>();
  const fail = async (job: JobContext<ExtractionJobData>, e: unknown) => {
    failed.set(job.id, e);
    await recordFailure(db, job, e);
  };
  const extracted: JobContext<ExtractionJobData>[] = [];
  for (const job of jobs) {
    if (!(await takeDocument(db, job.data.documentId))) continue;
    try {
      await steps.extract(db, job.data.documentId);
      extracted.push(job);
    } catch (e) {
      await fail(job, e);
    }
  }
  const suggestGroup = steps.suggestGroup ?? (async (d: Db, ids: string[]) => { for (const id of ids) await steps.suggest(d, id); });
  for (let i = 0; i < extracted.length; i += SUGGESTION_GROUP) {
    const group = extracted.slice(i, i + SUGGESTION_GROUP);
    const ids = group.map((j) => j.data.documentId);
    try {
      await suggestGroup(db, ids);
      await db.document.updateMany({ where: { id: { in: ids } }, data: { extractionStatus: 'done', extractionError: null, extractionUpdatedAt: new Date() } });
    } catch (e) {
      for (const job of group) await fail(job, e);
    }
  }
  return failed;
}

export function extractionHandler(db: Db, steps = defaultExtractionSteps): JobHandler<ExtractionJobData> {
  return (job) => runExtractionJob(db, job, steps);
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
