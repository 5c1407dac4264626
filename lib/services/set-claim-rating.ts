import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { idSchema, optionalSafeText } from '../schemas/safe-text.ts';
import { recordRevision } from './revisions.ts';
import { claimSnapshot, loadClaim } from './claim-snapshot.ts';
import { updateClaimLocked } from './claim-locking.ts';
import { RATING_LABELS } from '../exports/rating.ts';

// An editor's verdict on a claim: 1 (false) … 5 (true) with an optional label, exported as the
// ClaimReview's reviewRating. null clears it. Optimistic locking like every claim change.

export const setRatingSchema = z.object({
  id: idSchema,
  version: z.coerce.number().int().min(1),
  rating: z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5').nullable(),
  label: optionalSafeText(100),
});
export type SetRatingInput = z.input<typeof setRatingSchema>;

export async function setClaimRating(db: Db, actor: Actor, raw: SetRatingInput) {
  authorize(actor, 'claim.rate');
  const input = setRatingSchema.parse(raw);
  const label = input.rating === null ? null : (input.label ?? RATING_LABELS[input.rating]);
  return db.$transaction(async (tx) => {
    const before = await loadClaim(tx, input.id);
    const after = await updateClaimLocked(tx, input.id, input.version, {
      rating: input.rating,
      ratingLabel: label,
      ratedById: input.rating === null ? null : actor.id,
      ratedAt: input.rating === null ? null : new Date(),
      editedByHuman: true,
    });
    await recordRevision(tx, {
      entityType: 'claim',
      entityId: input.id,
      action: 'update',
      before: claimSnapshot(before),
      after: claimSnapshot(after),
      userId: actor.id,
      comment: input.rating === null ? 'rating cleared' : `rated ${input.rating}/5 (${label})`,
    });
    return after;
  });
}
