import type { Db } from '../client.ts';

/** Existing topics for the "link to topic" select in the reader. */
export function listTopicOptions(db: Db) {
  return db.topic.findMany({ select: { id: true, label: true }, orderBy: { label: 'asc' } });
}
