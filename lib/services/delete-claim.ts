import type { Db } from '../db/client.ts';
import { assertCanEditClaim, authorize, type Actor } from '../auth/policy.ts';
import { AppError } from '../errors.ts';
import { claimRefSchema, type ClaimRef } from '../schemas/claim.ts';
import { recordRevision } from './revisions.ts';
import { claimSnapshot, loadClaim } from './claim-snapshot.ts';
import { updateClaimLocked } from './claim-locking.ts';

// Deleting is soft: the row stays (with its history and comments) and can be restored.

async function setDeleted(db: Db, actor: Actor, raw: ClaimRef, deleted: boolean) {
  authorize(actor, deleted ? 'claim.delete' : 'claim.restore');
  const input = claimRefSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const before = await loadClaim(tx, input.id);
    assertCanEditClaim(actor, before);
    if (Boolean(before.deletedAt) === deleted) throw new AppError('BAD_INPUT', deleted ? 'The claim is already deleted.' : 'The claim is not deleted.');
    // A human decision on an automatic claim must survive re-extraction.
    const after = await updateClaimLocked(tx, input.id, input.version, { deletedAt: deleted ? new Date() : null, editedByHuman: true });
    await recordRevision(tx, {
      entityType: 'claim',
      entityId: input.id,
      action: deleted ? 'delete' : 'restore',
      before: claimSnapshot(before),
      after: claimSnapshot(after),
      userId: actor.id,
    });
    return after;
  });
}

export function deleteClaim(db: Db, actor: Actor, input: ClaimRef) {
  return setDeleted(db, actor, input, true);
}

export function restoreClaim(db: Db, actor: Actor, input: ClaimRef) {
  return setDeleted(db, actor, input, false);
}
