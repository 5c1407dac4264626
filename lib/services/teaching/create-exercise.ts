import type { Db } from '../../db/client.ts';
import { authorize, type Actor } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { createExerciseSchema } from '../../schemas/teaching.ts';
import { recordRevision } from '../revisions.ts';
import { topicSnapshot } from '../topic-snapshot.ts';
import { requireClassRole } from './class-access.ts';

/**
 * A new exercise in a class the actor teaches, on existing documents (and topics, for stance).
 * A comparison exercise has two documents and a question: an existing topic, or one made from
 * the typed question (an ordinary topic with its revision, as editors' topics are) — the
 * teacher's answer is its reference.
 */
export async function createExercise(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'exercise.create');
  const input = createExerciseSchema.parse(raw);
  await requireClassRole(db, actor, input.classId, 'teacher');
  const compare = input.mode === 'compare';
  const documentIds = [...new Set(input.documentIds)];
  const topicIds = !compare && input.fields.includes('stance') ? [...new Set(input.topicIds)] : [];
  const [docs, topics] = await Promise.all([db.document.count({ where: { id: { in: documentIds } } }), db.topic.count({ where: { id: { in: topicIds } } })]);
  if (docs !== documentIds.length) throw new AppError('BAD_INPUT', 'documentIds: a chosen document does not exist.');
  if (topics !== topicIds.length) throw new AppError('BAD_INPUT', 'topicIds: a chosen topic does not exist.');
  if (compare && input.questionTopicId && !(await db.topic.findUnique({ where: { id: input.questionTopicId }, select: { id: true } }))) {
    throw new AppError('BAD_INPUT', 'questionTopicId: the chosen topic does not exist.');
  }
  return db.$transaction(async (tx) => {
    let questionTopicId = compare ? (input.questionTopicId ?? null) : null;
    if (compare && !questionTopicId && input.question) {
      const topic = await tx.topic.create({ data: { label: input.question.slice(0, 200), question: input.question, origin: 'human' } });
      await recordRevision(tx, { entityType: 'topic', entityId: topic.id, action: 'create', after: topicSnapshot(topic), userId: actor.id });
      questionTopicId = topic.id;
    }
    return tx.exercise.create({
      data: {
        classId: input.classId,
        title: input.title,
        instructions: input.instructions,
        documentIds,
        dueAt: input.dueAt ?? null,
        fields: compare ? [] : input.fields,
        topicIds,
        reference: compare ? 'teacher' : input.reference,
        mode: input.mode,
        questionTopicId,
      },
      select: { id: true, title: true },
    });
  });
}
