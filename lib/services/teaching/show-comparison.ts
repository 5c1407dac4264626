import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/policy.ts';
import { loadComparisonFor, loadLinkableClaims, loadWork } from './comparison-items.ts';
import { loadExerciseDocuments } from './reference-spans.ts';

/**
 * The comparison exercise page: the two documents, their accepted claims as linkable text (never
 * the engine's topic links, stances or relations), and the actor's own items and pairs. After the
 * reveal a student also sees the teacher's answer; classmates' work stays hidden for good.
 */
export async function showComparison(db: Db, actor: Actor, exerciseId: string) {
  const { exercise, role } = await loadComparisonFor(db, actor, exerciseId);
  const revealed = exercise.revealedAt !== null;
  const [documents, claims, question, mine, submission] = await Promise.all([
    loadExerciseDocuments(db, exercise),
    loadLinkableClaims(db, exercise.documentIds),
    exercise.questionTopicId ? db.topic.findUnique({ where: { id: exercise.questionTopicId }, select: { id: true, label: true, question: true } }) : null,
    loadWork(db, exercise.id, actor.id),
    db.submission.findUnique({ where: { exerciseId_studentId: { exerciseId: exercise.id, studentId: actor.id } }, select: { submittedAt: true } }),
  ]);
  const submitted = Boolean(submission?.submittedAt);
  const reference = role === 'student' && revealed ? await loadWork(db, exercise.id, exercise.class.teacherId) : null;
  const progress =
    role === 'teacher'
      ? {
          members: await db.classMember.count({ where: { classId: exercise.classId } }),
          submitted: await db.submission.count({ where: { exerciseId: exercise.id, submittedAt: { not: null }, studentId: { not: exercise.class.teacherId } } }),
        }
      : null;
  return {
    id: exercise.id,
    classId: exercise.classId,
    className: exercise.class.name,
    title: exercise.title,
    instructions: exercise.instructions,
    dueAt: exercise.dueAt?.toISOString() ?? null,
    question,
    revealed,
    role,
    documents,
    claims,
    work: mine,
    submittedAt: submission?.submittedAt?.toISOString() ?? null,
    canEdit: !revealed && !(role === 'student' && submitted),
    canSubmit: role === 'student' && !submitted && !revealed,
    reference,
    progress,
  };
}

export type ComparisonView = Awaited<ReturnType<typeof showComparison>>;
