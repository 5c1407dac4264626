import type { Db } from '../../db/client.ts';
import { authorize, type Actor } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { annotationRefSchema } from '../../schemas/teaching.ts';
import { loadExerciseFor } from './class-access.ts';
import { openSubmission } from './add-annotation.ts';

/** Removes one of the actor's own annotations while their submission is still a draft. */
export async function removeAnnotation(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'exercise.removeAnnotation');
  const { annotationId } = annotationRefSchema.parse(raw);
  const found = await db.studentAnnotation.findUnique({ where: { id: annotationId }, select: { id: true, submission: { select: { studentId: true, exerciseId: true } } } });
  // Someone else's annotation looks exactly like a missing one.
  if (!found || found.submission.studentId !== actor.id) throw new AppError('NOT_FOUND', 'There is no such annotation of yours.');
  const { exercise, role } = await loadExerciseFor(db, actor, found.submission.exerciseId);
  await openSubmission(db, actor, exercise, role);
  await db.studentAnnotation.delete({ where: { id: found.id } });
  return { id: found.id };
}
