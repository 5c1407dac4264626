import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { AppError } from '../errors.ts';
import { setStatusSchema, type SetStatusInput } from '../schemas/claim.ts';
import { recordRevision } from './revisions.ts';
import { linkSnapshot, loadLink } from './link-claim-topic.ts';

/** Review decision on claim-topic links, with the same optimistic lock as claims. */
export async function setLinkStatus(db: Db, actor: Actor, raw: SetStatusInput) {
  authorize(actor, 'claimTopic.setStatus');
  const input = setStatusSchema.parse(raw);
  return db.$transaction(async (tx) => {
    for (const item of input.items) {
      const before = await loadLink(tx, item.id);
      const { count } = await tx.claimTopic.updateMany({ where: { id: item.id, version: item.version }, data: { status: input.status, version: { increment: 1 } } });
      if (count === 0) {
        const err = new AppError('CONFLICT', 'Someone else changed this topic link. Reload and decide again.');
        throw Object.assign(err, { current: linkSnapshot(await loadLink(tx, item.id)) });
      }
      const after = await loadLink(tx, item.id);
      await recordRevision(tx, { entityType: 'claimTopic', entityId: item.id, action: 'status', before: linkSnapshot(before), after: linkSnapshot(after), userId: actor.id, comment: input.comment });
      if (input.comment) await tx.comment.create({ data: { claimId: before.claimId, userId: actor.id, body: `Topic link marked ${input.status}: ${input.comment}` } });
    }
    return { count: input.items.length };
  });
}
