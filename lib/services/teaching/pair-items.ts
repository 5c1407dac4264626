import type { Db } from '../../db/client.ts';
import { authorize, type Actor } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { pairItemsSchema } from '../../schemas/teaching.ts';
import { openSubmission } from './add-annotation.ts';
import { loadComparisonFor, loadOwnItem, pairSelect } from './comparison-items.ts';

/**
 * Pairs a left item (first document) with a right item (second document) of the actor's own
 * work and says how they relate; pairing the same two again changes the relation.
 */
export async function pairItems(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'exercise.pairItems');
  const input = pairItemsSchema.parse(raw);
  const [left, right] = [await loadOwnItem(db, actor, input.leftItemId), await loadOwnItem(db, actor, input.rightItemId)];
  if (left.submissionId !== right.submissionId) throw new AppError('BAD_INPUT', 'rightItemId: both items must belong to the same exercise.');
  const { exercise, role } = await loadComparisonFor(db, actor, left.submission.exerciseId);
  const [leftDoc, rightDoc] = exercise.documentIds;
  if (left.documentId !== leftDoc) throw new AppError('BAD_INPUT', 'leftItemId: the left item must come from the left (first) document.');
  if (right.documentId !== rightDoc) throw new AppError('BAD_INPUT', 'rightItemId: the right item must come from the right (second) document.');
  await openSubmission(db, actor, exercise, role);
  return db.comparisonPair.upsert({
    where: { leftItemId_rightItemId: { leftItemId: left.id, rightItemId: right.id } },
    create: { submissionId: left.submissionId, leftItemId: left.id, rightItemId: right.id, relation: input.relation },
    update: { relation: input.relation },
    select: pairSelect,
  });
}
