import type { Db } from '../db/client.ts';
import type { JobContext, JobQueue, QueueSettings } from '../jobs/queue.ts';
import { suggestTopicsForDocuments } from './suggest-topics.ts';

// Topic suggestion for newly extracted documents, on its own queue after their extraction
// committed (docs/jobs.md "Throughput"): a document is done when its claims are stored, and its
// suggested topics follow. Workers run these jobs only while the extraction queue has nothing
// waiting, so a bulk import's throughput is import + extraction; comparisons never wait for them
// (they ensure their own suggestions, lib/services/ensure-suggestions.ts).

export const SUGGESTION_QUEUE = 'suggest-topics';
export const SUGGESTION_QUEUE_SETTINGS: QueueSettings = { maxAttempts: 3, retryDelayMs: 5_000 };

export type SuggestionJobData = { documentIds: string[] };

/** Documents a lone new one is suggested together with: the most recently stored, already extracted. */
export const SUGGESTION_NEIGHBOURS = 5;

/** Newly extracted documents suggested together: each is paired with the others of its group. */
export const SUGGESTION_GROUP = SUGGESTION_NEIGHBOURS + 1;

export type SuggestStep = (db: Db, documentIds: string[]) => Promise<void>;

/**
 * One suggestion run over a group of new documents (they are each other's neighbours); a group
 * of one (a single upload) gets the most recent extracted documents as partners. Documents
 * deleted or re-queued since are left out.
 */
export const suggestForGroup: SuggestStep = async (db, documentIds) => {
  const ids = (await db.document.findMany({ where: { id: { in: documentIds }, extractionStatus: 'done' }, select: { id: true } })).map((d) => d.id);
  if (ids.length === 0) return;
  if (ids.length === 1) {
    const neighbours = await db.document.findMany({
      where: { id: { not: ids[0] }, extractionStatus: 'done' },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: SUGGESTION_NEIGHBOURS,
      select: { id: true },
    });
    if (neighbours.length === 0) return;
    ids.push(...neighbours.map((d) => d.id));
  }
  await suggestTopicsForDocuments(db, ids, { sweepEmptied: false });
};

export function runSuggestionJob(db: Db, job: JobContext<SuggestionJobData>, suggest: SuggestStep = suggestForGroup): Promise<void> {
  return suggest(db, job.data.documentIds);
}

/** Enqueues the suggestion of newly extracted documents, one job per group of SUGGESTION_GROUP. */
export async function enqueueSuggestions(queue: JobQueue, documentIds: string[]): Promise<void> {
  if (documentIds.length === 0) return;
  await queue.define(SUGGESTION_QUEUE, SUGGESTION_QUEUE_SETTINGS);
  const jobs: { data: SuggestionJobData }[] = [];
  for (let i = 0; i < documentIds.length; i += SUGGESTION_GROUP) jobs.push({ data: { documentIds: documentIds.slice(i, i + SUGGESTION_GROUP) } });
  await queue.enqueueMany(SUGGESTION_QUEUE, jobs);
}
