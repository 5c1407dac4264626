import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { AppError } from '../errors.ts';
import { createClaimSchema, type CreateClaimInput } from '../schemas/claim.ts';
import { recordRevision } from './revisions.ts';
import { anchorAt, claimSnapshot, loadClaim } from './claim-snapshot.ts';

/** A human marks a span of a document as a claim; it enters the review queue as suggested. */
export async function createClaim(db: Db, actor: Actor, raw: CreateClaimInput) {
  authorize(actor, 'claim.create');
  const input = createClaimSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const doc = await tx.document.findUnique({ where: { id: input.documentId }, select: { id: true, text: true } });
    if (!doc) throw new AppError('NOT_FOUND', 'There is no such document.');
    const anchor = anchorAt(doc.text, input.start, input.end);
    const created = await tx.claim.create({
      data: {
        documentId: doc.id,
        ...anchor,
        kind: input.kind,
        speaker: input.speaker,
        voice: input.speaker ? 'speaker' : 'author',
        reason: ['marked by a human'],
        origin: 'human',
        status: 'suggested',
        createdById: actor.id,
      },
    });
    const claim = await loadClaim(tx, created.id);
    await recordRevision(tx, { entityType: 'claim', entityId: claim.id, action: 'create', after: claimSnapshot(claim), userId: actor.id });
    return claim;
  });
}
