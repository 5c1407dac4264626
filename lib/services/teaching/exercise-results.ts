import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import type { ExerciseResults } from '../../teaching/types.ts';
import { loadExerciseFor } from './class-access.ts';
import { annotationSelect, loadExerciseDocuments, loadReference } from './reference-spans.ts';
import { scoreExercise } from './score-exercise.ts';
import { comparisonResults } from './comparison-results.ts';

/**
 * The results of a revealed exercise, for its teacher: every submitted student's work against the
 * reference, the class's agreement and the heat map. Nothing before the reveal, for anyone.
 */
export async function exerciseResults(db: Db, actor: Actor, exerciseId: string): Promise<ExerciseResults> {
  const { exercise } = await loadExerciseFor(db, actor, exerciseId, 'teacher');
  if (!exercise.revealedAt) throw new AppError('FORBIDDEN', 'Reveal the exercise first: results are hidden until then.');
  const [documents, reference, submissions] = await Promise.all([
    loadExerciseDocuments(db, exercise),
    loadReference(db, exercise),
    db.submission.findMany({
      where: { exerciseId: exercise.id, submittedAt: { not: null }, studentId: { not: exercise.class.teacherId } },
      orderBy: { submittedAt: 'asc' },
      select: { student: { select: { id: true, name: true } }, annotations: { orderBy: [{ documentId: 'asc' }, { start: 'asc' }], select: annotationSelect } },
    }),
  ]);
  const students = submissions.map((s) => ({ id: s.student.id, name: s.student.name, annotations: s.annotations }));
  const scores = scoreExercise({ documents, fields: exercise.fields, reference, students });
  return {
    exerciseId: exercise.id,
    title: exercise.title,
    className: exercise.class.name,
    reference: exercise.reference,
    fields: exercise.fields,
    revealedAt: exercise.revealedAt.toISOString(),
    documents,
    referenceSpans: reference,
    studentAnnotations: Object.fromEntries(students.map((s) => [s.id, s.annotations])),
    ...scores,
  };
}

/** The results page and CSV: an annotation exercise's results or a comparison exercise's. */
export async function revealedResults(db: Db, actor: Actor, exerciseId: string) {
  const { exercise } = await loadExerciseFor(db, actor, exerciseId, 'teacher');
  return exercise.mode === 'compare'
    ? { mode: 'compare' as const, results: await comparisonResults(db, actor, exerciseId) }
    : { mode: 'annotate' as const, results: await exerciseResults(db, actor, exerciseId) };
}
