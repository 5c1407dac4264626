import type { Db } from '../db/client.ts';
import { assertCanEditClaim, authorize, type Actor } from '../auth/policy.ts';
import { hasRole } from '../auth/roles.ts';
import { AppError } from '../errors.ts';
import { restoreRevisionSchema, type RestoreRevisionInput } from '../schemas/claim.ts';
import { recordRevision } from './revisions.ts';
import { claimSnapshot, claimSnapshotSchema, loadClaim } from './claim-snapshot.ts';
import { updateClaimLocked } from './claim-locking.ts';

/**
 * Puts a claim back to the state recorded by one of its revisions (the state after that change).
 * This is itself a change: it bumps the version and writes a new revision.
 */
export async function restoreClaimRevision(db: Db, actor: Actor, raw: RestoreRevisionInput) {
  authorize(actor, 'claim.restoreRevision');
  const input = restoreRevisionSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const before = await loadClaim(tx, input.claimId);
    assertCanEditClaim(actor, before);
    const revision = await tx.revision.findUnique({ where: { id: input.revisionId } });
    if (!revision || revision.entityType !== 'claim' || revision.entityId !== before.id) throw new AppError('NOT_FOUND', 'There is no such revision of this claim.');
    const parsed = claimSnapshotSchema.safeParse(revision.after ?? revision.before);
    if (!parsed.success) throw new AppError('BAD_INPUT', 'This revision has no restorable state.');
    const { quantities, version: _version, deletedAt, status, assigneeId, ...fields } = parsed.data;
    // Review decisions stay with editors: an annotator's restore keeps the current status.
    const isEditor = hasRole(actor.role, 'editor');
    await updateClaimLocked(tx, before.id, input.version, {
      ...fields,
      status: isEditor ? status : before.status,
      assigneeId: isEditor ? assigneeId : before.assigneeId,
      deletedAt: deletedAt ? new Date(deletedAt) : null,
      editedByHuman: before.origin === 'auto' ? true : before.editedByHuman,
    });
    await tx.quantity.deleteMany({ where: { claimId: before.id } });
    await tx.quantity.createMany({ data: quantities.map((q) => ({ ...q, claimId: before.id })) });
    const after = await loadClaim(tx, before.id);
    await recordRevision(tx, {
      entityType: 'claim',
      entityId: before.id,
      action: 'restore',
      before: claimSnapshot(before),
      after: claimSnapshot(after),
      userId: actor.id,
      comment: `Restored the version of ${revision.createdAt.toISOString()}`,
    });
    return after;
  });
}
