import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { AppError } from '../errors.ts';
import { assignClaimSchema, type AssignClaimInput } from '../schemas/claim.ts';
import { recordRevision } from './revisions.ts';
import { linkSnapshot, loadLink } from './link-claim-topic.ts';

/** Gives a suggested claim–topic link to a reviewer (or takes it back with assigneeId null). */
export async function assignLink(db: Db, actor: Actor, raw: AssignClaimInput) {
  authorize(actor, 'claimTopic.assign');
  const input = assignClaimSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const before = await loadLink(tx, input.id);
    if (input.assigneeId && !(await tx.user.findUnique({ where: { id: input.assigneeId }, select: { id: true } }))) {
      throw new AppError('NOT_FOUND', 'There is no such user.');
    }
    const { count } = await tx.claimTopic.updateMany({ where: { id: input.id, version: input.version }, data: { assigneeId: input.assigneeId, version: { increment: 1 } } });
    if (count === 0) throw Object.assign(new AppError('CONFLICT', 'Someone else changed this topic link. Reload and assign again.'), { current: linkSnapshot(before) });
    const after = await loadLink(tx, input.id);
    await recordRevision(tx, { entityType: 'claimTopic', entityId: input.id, action: 'update', before: linkSnapshot(before), after: linkSnapshot(after), userId: actor.id });
    return after;
  });
}
