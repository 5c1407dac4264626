import type { Db } from '../db/client.ts';
import { assertCanEditClaim, authorize, type Actor } from '../auth/policy.ts';
import { recordRevision } from './revisions.ts';
import { loadClaim } from './claim-snapshot.ts';
import { linkSnapshot, loadLink } from './link-claim-topic.ts';

/** Removes a claim-topic link; the revision keeps what it was. */
export async function unlinkClaimTopic(db: Db, actor: Actor, input: { linkId: string }) {
  authorize(actor, 'claimTopic.unlink');
  return db.$transaction(async (tx) => {
    const link = await loadLink(tx, input.linkId);
    assertCanEditClaim(actor, await loadClaim(tx, link.claimId));
    await tx.claimTopic.delete({ where: { id: link.id } });
    await recordRevision(tx, { entityType: 'claimTopic', entityId: link.id, action: 'delete', before: linkSnapshot(link), userId: actor.id });
    return { id: link.id };
  });
}
