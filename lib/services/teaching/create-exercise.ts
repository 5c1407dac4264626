import type { Db } from '../../db/client.ts';
import { authorize, type Actor } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { createExerciseSchema } from '../../schemas/teaching.ts';
import { requireClassRole } from './class-access.ts';

/** A new exercise in a class the actor teaches, on existing documents (and topics, for stance). */
export async function createExercise(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'exercise.create');
  const input = createExerciseSchema.parse(raw);
  await requireClassRole(db, actor, input.classId, 'teacher');
  const documentIds = [...new Set(input.documentIds)];
  const topicIds = input.fields.includes('stance') ? [...new Set(input.topicIds)] : [];
  const [docs, topics] = await Promise.all([db.document.count({ where: { id: { in: documentIds } } }), db.topic.count({ where: { id: { in: topicIds } } })]);
  if (docs !== documentIds.length) throw new AppError('BAD_INPUT', 'documentIds: a chosen document does not exist.');
  if (topics !== topicIds.length) throw new AppError('BAD_INPUT', 'topicIds: a chosen topic does not exist.');
  return db.exercise.create({
    data: { classId: input.classId, title: input.title, instructions: input.instructions, documentIds, dueAt: input.dueAt ?? null, fields: input.fields, topicIds, reference: input.reference },
    select: { id: true, title: true },
  });
}
