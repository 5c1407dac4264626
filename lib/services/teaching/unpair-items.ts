import type { Db } from '../../db/client.ts';
import { authorize, type Actor } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { pairRefSchema } from '../../schemas/teaching.ts';
import { openSubmission } from './add-annotation.ts';
import { loadComparisonFor } from './comparison-items.ts';

/** Removes one of the actor's pairs while the work is still a draft. */
export async function unpairItems(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'exercise.unpairItems');
  const { pairId } = pairRefSchema.parse(raw);
  const pair = await db.comparisonPair.findUnique({ where: { id: pairId }, select: { id: true, submission: { select: { studentId: true, exerciseId: true } } } });
  if (!pair || pair.submission.studentId !== actor.id) throw new AppError('NOT_FOUND', 'There is no such pair of yours.');
  const { exercise, role } = await loadComparisonFor(db, actor, pair.submission.exerciseId);
  await openSubmission(db, actor, exercise, role);
  await db.comparisonPair.delete({ where: { id: pair.id } });
  return { id: pair.id };
}
