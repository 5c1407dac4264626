import type { Db } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { assertCanEditClaim, authorize, type Actor } from '../auth/policy.ts';
import { AppError } from '../errors.ts';
import { linkTopicSchema, type LinkTopicInput } from '../schemas/claim.ts';
import { recordRevision } from './revisions.ts';
import { loadClaim } from './claim-snapshot.ts';

type Tx = Prisma.TransactionClient;
type Link = Prisma.ClaimTopicGetPayload<object>;

/** What a revision stores about a claim-topic link; claimId lets a claim's history find it. */
export function linkSnapshot(l: Link) {
  return { claimId: l.claimId, topicId: l.topicId, stance: l.stance, status: l.status, origin: l.origin, assigneeId: l.assigneeId, version: l.version };
}

export async function loadLink(tx: Tx, id: string) {
  const link = await tx.claimTopic.findUnique({ where: { id } });
  if (!link) throw new AppError('NOT_FOUND', 'There is no such topic link.');
  return link;
}

/**
 * Links a claim to an existing topic with a stance, or changes the stance of an existing link.
 * A human link (or a human change to an automatic one) goes to review as suggested.
 */
export async function linkClaimTopic(db: Db, actor: Actor, raw: LinkTopicInput) {
  authorize(actor, 'claimTopic.link');
  const input = linkTopicSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, input.claimId);
    assertCanEditClaim(actor, claim);
    if (!(await tx.topic.findUnique({ where: { id: input.topicId }, select: { id: true } }))) throw new AppError('NOT_FOUND', 'There is no such topic.');
    const before = await tx.claimTopic.findUnique({ where: { claimId_topicId: { claimId: claim.id, topicId: input.topicId } } });
    const after = before
      ? await tx.claimTopic.update({ where: { id: before.id }, data: { stance: input.stance, origin: 'human', status: 'suggested', version: { increment: 1 } } })
      : await tx.claimTopic.create({ data: { claimId: claim.id, topicId: input.topicId, stance: input.stance, origin: 'human', status: 'suggested', confidence: 1 } });
    if (claim.origin === 'auto' && !claim.editedByHuman) await tx.claim.update({ where: { id: claim.id }, data: { editedByHuman: true } });
    await recordRevision(tx, {
      entityType: 'claimTopic',
      entityId: after.id,
      action: before ? 'update' : 'create',
      before: before ? linkSnapshot(before) : undefined,
      after: linkSnapshot(after),
      userId: actor.id,
    });
    return after;
  });
}
