import type { Db } from '../client.ts';

/** Existing topics for the "link to topic" select in the reader. */
export function listTopicOptions(db: Db) {
  return db.topic.findMany({ select: { id: true, label: true }, orderBy: { label: 'asc' } });
}

export const MERGE_OPTION_LIMIT = 50;

/**
 * Topics an editor may merge into `topicId`: the first MERGE_OPTION_LIMIT by label (Topic_label_idx),
 * or the first that match a case-insensitive label search. Never the whole list.
 */
export function listMergeCandidates(db: Db, topicId: string, search?: string) {
  return db.topic.findMany({
    where: { id: { not: topicId }, ...(search && { label: { contains: search, mode: 'insensitive' } }) },
    select: { id: true, label: true },
    orderBy: [{ label: 'asc' }, { id: 'asc' }],
    take: MERGE_OPTION_LIMIT,
  });
}
