import type { Db } from '../../db/client.ts';
import { authorize, type Actor } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { exerciseRefSchema } from '../../schemas/teaching.ts';
import { loadExerciseFor } from './class-access.ts';

/** A student hands in their work, once: afterwards it is read-only (also an empty submission). */
export async function submitExercise(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'exercise.submit');
  const { exerciseId } = exerciseRefSchema.parse(raw);
  const { exercise, role } = await loadExerciseFor(db, actor, exerciseId);
  if (role !== 'student') throw new AppError('FORBIDDEN', 'Only students submit; the teacher’s reference is saved as it is made.');
  if (exercise.revealedAt) throw new AppError('CONFLICT', 'This exercise has been revealed; submissions are closed.');
  await db.submission.upsert({ where: { exerciseId_studentId: { exerciseId, studentId: actor.id } }, create: { exerciseId, studentId: actor.id }, update: {} });
  // Conditional update: of two racing submits exactly one wins.
  const { count } = await db.submission.updateMany({ where: { exerciseId, studentId: actor.id, submittedAt: null }, data: { submittedAt: new Date() } });
  if (count === 0) throw new AppError('CONFLICT', 'You have already submitted this exercise.');
  return { exerciseId };
}
