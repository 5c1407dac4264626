import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { createTopicSchema, type CreateTopicInput } from '../schemas/topic.ts';
import { recordRevision } from './revisions.ts';
import { topicSnapshot } from './topic-snapshot.ts';

export async function createTopic(db: Db, actor: Actor, raw: CreateTopicInput) {
  authorize(actor, 'topic.create');
  const input = createTopicSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const topic = await tx.topic.create({ data: { label: input.label, question: input.question, origin: 'human' } });
    await recordRevision(tx, { entityType: 'topic', entityId: topic.id, action: 'create', after: topicSnapshot(topic), userId: actor.id });
    return topic;
  });
}
