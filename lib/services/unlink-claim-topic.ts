import type { Db } from '../db/client.ts';
import { assertCanEditClaim, authorize, type Actor } from '../auth/policy.ts';
import { AppError } from '../errors.ts';
import { recordRevision } from './revisions.ts';
import { loadClaim } from './claim-snapshot.ts';
import { linkSnapshot, loadLink } from './link-claim-topic.ts';

/** Removes a claim-topic link; the revision keeps what it was. */
export async function unlinkClaimTopic(db: Db, actor: Actor, input: { linkId: string; version?: number }) {
  authorize(actor, 'claimTopic.unlink');
  return db.$transaction(async (tx) => {
    const link = await loadLink(tx, input.linkId);
    assertCanEditClaim(actor, await loadClaim(tx, link.claimId));
    const stale = () => Object.assign(new AppError('CONFLICT', 'Someone else changed this topic link. Reload before removing it.'), { current: { id: link.id, ...linkSnapshot(link) } });
    if (input.version !== undefined && link.version !== input.version) throw stale();
    const { count } = await tx.claimTopic.deleteMany({ where: { id: link.id, ...(input.version !== undefined && { version: input.version }) } });
    if (count === 0) throw stale();
    await recordRevision(tx, { entityType: 'claimTopic', entityId: link.id, action: 'delete', before: linkSnapshot(link), userId: actor.id });
    return { id: link.id };
  });
}
