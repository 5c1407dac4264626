import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { deleteTopicSchema, type DeleteTopicInput } from '../schemas/topic.ts';
import { recordRevision } from './revisions.ts';
import { loadTopic, topicSnapshot } from './topic-snapshot.ts';
import { AppError } from '../errors.ts';

/** Deletes a topic and its links (the claims stay). The revision keeps what was deleted. */
export async function deleteTopic(db: Db, actor: Actor, raw: DeleteTopicInput) {
  authorize(actor, 'topic.delete');
  const input = deleteTopicSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const before = await loadTopic(tx, input.id);
    const links = await tx.claimTopic.findMany({ where: { topicId: input.id }, select: { claimId: true, stance: true, status: true, origin: true } });
    const { count } = await tx.topic.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw Object.assign(new AppError('CONFLICT', 'Someone else changed this topic. Reload before deleting it.'), { current: topicSnapshot(before) });
    await recordRevision(tx, { entityType: 'topic', entityId: input.id, action: 'delete', before: { ...topicSnapshot(before), links }, userId: actor.id });
    return { deleted: input.id, links: links.length };
  });
}
