import type { Db } from '../../db/client.ts';
import { authorize, type Actor } from '../../auth/policy.ts';
import { itemRefSchema } from '../../schemas/teaching.ts';
import { openSubmission } from './add-annotation.ts';
import { loadComparisonFor, loadOwnItem } from './comparison-items.ts';

/** Removes one of the actor's items (and its pairs) while the work is still a draft. */
export async function unlinkItem(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'exercise.unlinkItem');
  const { itemId } = itemRefSchema.parse(raw);
  const item = await loadOwnItem(db, actor, itemId);
  const { exercise, role } = await loadComparisonFor(db, actor, item.submission.exerciseId);
  await openSubmission(db, actor, exercise, role);
  await db.comparisonItem.delete({ where: { id: item.id } }); // its pairs cascade
  return { id: item.id };
}
