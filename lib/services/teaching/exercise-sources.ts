import type { Db } from '../../db/client.ts';

// What a teacher may build an exercise from: the workspace's documents and topics (titles only).
export async function listExerciseSources(db: Db) {
  const [documents, topics] = await Promise.all([
    db.document.findMany({ orderBy: { createdAt: 'desc' }, take: 500, select: { id: true, title: true, language: true } }),
    db.topic.findMany({ orderBy: { label: 'asc' }, take: 500, select: { id: true, label: true } }),
  ]);
  return { documents, topics };
}
