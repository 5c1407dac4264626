import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { setStatusSchema, type SetStatusInput } from '../schemas/claim.ts';
import { recordRevision } from './revisions.ts';
import { claimSnapshot, loadClaim } from './claim-snapshot.ts';
import { updateClaimLocked } from './claim-locking.ts';

/**
 * Accept, reject, dispute (or send back to suggested) one or many claims in one transaction:
 * one stale version or unknown id and nothing changes. The comment, if any, is kept on the
 * revision and posted to each claim's thread.
 */
export async function setClaimStatus(db: Db, actor: Actor, raw: SetStatusInput) {
  authorize(actor, 'claim.setStatus');
  const input = setStatusSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const changed = [];
    for (const item of input.items) {
      const before = await loadClaim(tx, item.id);
      // A reviewed automatic claim must survive re-extraction like an edited one.
      const after = await updateClaimLocked(tx, item.id, item.version, { status: input.status, editedByHuman: true });
      await recordRevision(tx, {
        entityType: 'claim',
        entityId: item.id,
        action: 'status',
        before: claimSnapshot(before),
        after: claimSnapshot(after),
        userId: actor.id,
        comment: input.comment,
      });
      if (input.comment) await tx.comment.create({ data: { claimId: item.id, userId: actor.id, body: `Marked ${input.status}: ${input.comment}` } });
      changed.push(after);
    }
    return { count: changed.length, claims: changed };
  });
}
