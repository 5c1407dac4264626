import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { AppError } from '../errors.ts';
import { mergeTopicsSchema, type MergeTopicsInput } from '../schemas/topic.ts';
import { recordRevision } from './revisions.ts';
import { loadTopic, topicSnapshot } from './topic-snapshot.ts';

/**
 * Moves every link of the source topics to the target and deletes the sources. When a claim
 * is linked to both, the target's link wins unless only the source's was decided by a human.
 */
export async function mergeTopics(db: Db, actor: Actor, raw: MergeTopicsInput) {
  authorize(actor, 'topic.merge');
  const input = mergeTopicsSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const target = await loadTopic(tx, input.targetId);
    const sources = await tx.topic.findMany({ where: { id: { in: input.sourceIds } }, include: { claims: true } });
    if (sources.length !== new Set(input.sourceIds).size) throw new AppError('NOT_FOUND', 'One of the topics to merge does not exist.');
    const existing = new Map((await tx.claimTopic.findMany({ where: { topicId: target.id } })).map((l) => [l.claimId, l]));
    let moved = 0;
    for (const link of sources.flatMap((s) => s.claims)) {
      const clash = existing.get(link.claimId);
      if (clash && !(clash.origin === 'auto' && link.origin === 'human')) continue;
      if (clash) await tx.claimTopic.delete({ where: { id: clash.id } });
      await tx.claimTopic.update({ where: { id: link.id }, data: { topicId: target.id, version: { increment: 1 } } });
      existing.set(link.claimId, link);
      moved++;
    }
    await tx.comment.updateMany({ where: { topicId: { in: input.sourceIds } }, data: { topicId: target.id } });
    await tx.topic.deleteMany({ where: { id: { in: input.sourceIds } } });
    const after = await tx.topic.update({ where: { id: target.id }, data: { origin: 'human', version: { increment: 1 } } });
    for (const s of sources) {
      await recordRevision(tx, { entityType: 'topic', entityId: s.id, action: 'delete', before: topicSnapshot(s), comment: `merged into ${target.label}`, userId: actor.id });
    }
    await recordRevision(tx, { entityType: 'topic', entityId: target.id, action: 'update', before: topicSnapshot(target), after: topicSnapshot(after), comment: `merged ${sources.map((s) => s.label).join(', ')}`, userId: actor.id });
    return { topic: after, moved };
  });
}
