import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { AppError } from '../errors.ts';
import { assignClaimSchema, type AssignClaimInput } from '../schemas/claim.ts';
import { recordRevision } from './revisions.ts';
import { claimSnapshot, loadClaim } from './claim-snapshot.ts';
import { updateClaimLocked } from './claim-locking.ts';

/** Gives a claim to a reviewer (or takes it back with assigneeId null). */
export async function assignClaim(db: Db, actor: Actor, raw: AssignClaimInput) {
  authorize(actor, 'claim.assign');
  const input = assignClaimSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const before = await loadClaim(tx, input.id);
    if (input.assigneeId && !(await tx.user.findUnique({ where: { id: input.assigneeId }, select: { id: true } }))) {
      throw new AppError('NOT_FOUND', 'There is no such user.');
    }
    const after = await updateClaimLocked(tx, input.id, input.version, { assigneeId: input.assigneeId });
    await recordRevision(tx, { entityType: 'claim', entityId: input.id, action: 'update', before: claimSnapshot(before), after: claimSnapshot(after), userId: actor.id });
    return after;
  });
}
