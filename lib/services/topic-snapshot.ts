import type { Prisma } from '../generated/prisma/client.ts';
import { AppError } from '../errors.ts';

type Tx = Prisma.TransactionClient;

export function topicSnapshot(t: { label: string; question: string | null; concepts: string[]; origin: string; version: number }) {
  return { label: t.label, question: t.question, concepts: t.concepts, origin: t.origin, version: t.version };
}

export async function loadTopic(tx: Tx, id: string) {
  const topic = await tx.topic.findUnique({ where: { id } });
  if (!topic) throw new AppError('NOT_FOUND', 'There is no such topic.');
  return topic;
}

/** Optimistic lock: update only if nobody changed the topic since the user loaded it. */
export async function updateTopicVersioned(tx: Tx, id: string, version: number, data: Prisma.TopicUpdateManyMutationInput) {
  const { count } = await tx.topic.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    const current = await loadTopic(tx, id);
    throw Object.assign(new AppError('CONFLICT', 'Someone else changed this topic. Reload to see the current version.'), { current: topicSnapshot(current) });
  }
  return loadTopic(tx, id);
}
