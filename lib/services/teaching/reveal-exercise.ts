import type { Db } from '../../db/client.ts';
import { authorize, type Actor } from '../../auth/policy.ts';
import { exerciseRefSchema } from '../../schemas/teaching.ts';
import { loadExerciseFor } from './class-access.ts';

/** The teacher closes the exercise and opens the results (a second reveal changes nothing). */
export async function revealExercise(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'exercise.reveal');
  const { exerciseId } = exerciseRefSchema.parse(raw);
  const { exercise } = await loadExerciseFor(db, actor, exerciseId, 'teacher');
  if (exercise.revealedAt) return { exerciseId, revealedAt: exercise.revealedAt };
  const updated = await db.exercise.update({ where: { id: exercise.id }, data: { revealedAt: new Date() }, select: { revealedAt: true } });
  return { exerciseId, revealedAt: updated.revealedAt };
}
