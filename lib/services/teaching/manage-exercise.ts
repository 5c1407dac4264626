import type { Db } from '../../db/client.ts';
import { authorize, type Actor } from '../../auth/policy.ts';
import { exerciseRefSchema, renameExerciseSchema } from '../../schemas/teaching.ts';
import { loadExerciseFor } from './class-access.ts';

// The teacher renames or deletes an exercise; deleting takes every submission with it (a
// comparison exercise's question topic stays: it is an ordinary topic of the workspace).

export async function renameExercise(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'exercise.rename');
  const { exerciseId, title } = renameExerciseSchema.parse(raw);
  await loadExerciseFor(db, actor, exerciseId, 'teacher');
  return db.exercise.update({ where: { id: exerciseId }, data: { title }, select: { id: true, title: true } });
}

export async function deleteExercise(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'exercise.delete');
  const { exerciseId } = exerciseRefSchema.parse(raw);
  const { exercise } = await loadExerciseFor(db, actor, exerciseId, 'teacher');
  await db.exercise.delete({ where: { id: exercise.id } });
  return { id: exercise.id, classId: exercise.classId };
}
