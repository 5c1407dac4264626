import type { Db } from '../client.ts';

/** Choices for the search form's selects: every source name and topic. */
export async function listSearchOptions(db: Db) {
  const [sources, topics] = await Promise.all([
    db.source.findMany({ select: { name: true }, orderBy: { name: 'asc' } }),
    db.topic.findMany({ select: { id: true, label: true }, orderBy: { label: 'asc' } }),
  ]);
  return { sources: sources.map((s) => s.name), topics };
}
