import type { Db } from '../../db/client.ts';
import { authorize, type Actor } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { addAnnotationSchema } from '../../schemas/teaching.ts';
import { loadExerciseFor, type ClassRole, type LoadedExercise } from './class-access.ts';
import { annotationSelect } from './reference-spans.ts';

/** The actor's own submission for the exercise, made on first use; refuses once it is closed. */
export async function openSubmission(db: Db, actor: Actor, exercise: LoadedExercise, role: ClassRole) {
  if (exercise.revealedAt) throw new AppError('CONFLICT', 'This exercise has been revealed; annotations are closed.');
  if (role === 'teacher' && exercise.reference !== 'teacher') throw new AppError('FORBIDDEN', 'This exercise is scored against accepted claims; the teacher does not annotate it.');
  const submission = await db.submission.upsert({
    where: { exerciseId_studentId: { exerciseId: exercise.id, studentId: actor.id } },
    create: { exerciseId: exercise.id, studentId: actor.id },
    update: {},
    select: { id: true, submittedAt: true },
  });
  if (submission.submittedAt && role === 'student') throw new AppError('CONFLICT', 'You have submitted this exercise; it cannot be changed any more.');
  return submission;
}

/**
 * A student marks a span in one of the exercise's documents and fills in the fields the exercise
 * asks for (others are dropped). Stored as a StudentAnnotation, never as a Claim.
 */
export async function addAnnotation(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'exercise.annotate');
  const input = addAnnotationSchema.parse(raw);
  const { exercise, role } = await loadExerciseFor(db, actor, input.exerciseId);
  if (exercise.mode === 'compare') throw new AppError('BAD_INPUT', 'exerciseId: this is a comparison exercise; link items to its question instead.');
  if (!exercise.documentIds.includes(input.documentId)) throw new AppError('BAD_INPUT', 'documentId: this document is not part of the exercise.');
  const doc = await db.document.findUnique({ where: { id: input.documentId }, select: { text: true } });
  if (!doc) throw new AppError('NOT_FOUND', 'The document is gone.');
  if (input.end <= input.start || input.end > doc.text.length) throw new AppError('BAD_INPUT', `end: the span must lie inside the text (0–${doc.text.length}) and not be empty.`);
  const quote = doc.text.slice(input.start, input.end);
  if (!quote.trim()) throw new AppError('BAD_INPUT', 'The span holds only white space.');
  const asks = (f: string) => exercise.fields.includes(f);
  const stance = asks('stance') ? (input.stance ?? null) : null;
  const topicId = stance ? (input.topicId ?? exercise.topicIds[0] ?? null) : null;
  if (topicId && !exercise.topicIds.includes(topicId)) throw new AppError('BAD_INPUT', 'topicId: this topic is not part of the exercise.');
  const submission = await openSubmission(db, actor, exercise, role);
  return db.studentAnnotation.create({
    data: {
      submissionId: submission.id,
      documentId: input.documentId,
      start: input.start,
      end: input.end,
      quote,
      kind: asks('kind') ? (input.kind ?? null) : null,
      speaker: asks('speaker') ? input.speaker : null,
      hedged: asks('hedged') ? (input.hedged ?? false) : null,
      stance,
      topicId,
    },
    select: annotationSelect,
  });
}
