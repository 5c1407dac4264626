import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import type { ComparisonResults } from '../../teaching/types.ts';
import { loadExerciseFor } from './class-access.ts';
import { loadSubmittedWork, loadWork } from './comparison-items.ts';
import { loadExerciseDocuments } from './reference-spans.ts';
import { scoreComparison } from './score-comparison.ts';

/** The results of a revealed comparison exercise, for its teacher only (nothing before the reveal). */
export async function comparisonResults(db: Db, actor: Actor, exerciseId: string): Promise<ComparisonResults> {
  const { exercise } = await loadExerciseFor(db, actor, exerciseId, 'teacher');
  if (exercise.mode !== 'compare') throw new AppError('BAD_INPUT', 'exerciseId: this exercise is not a comparison exercise.');
  if (!exercise.revealedAt) throw new AppError('FORBIDDEN', 'Reveal the exercise first: results are hidden until then.');
  const [documents, reference, students, question] = await Promise.all([
    loadExerciseDocuments(db, exercise),
    loadWork(db, exercise.id, exercise.class.teacherId),
    loadSubmittedWork(db, exercise.id, exercise.class.teacherId),
    exercise.questionTopicId ? db.topic.findUnique({ where: { id: exercise.questionTopicId }, select: { id: true, label: true } }) : null,
  ]);
  const scored = scoreComparison({ documents, reference, students });
  return {
    exerciseId: exercise.id,
    title: exercise.title,
    className: exercise.class.name,
    question,
    revealedAt: exercise.revealedAt.toISOString(),
    documents,
    reference,
    students: scored.students,
    work: Object.fromEntries(students.map((s) => [s.id, s.work])),
    agreement: scored.agreement,
  };
}
