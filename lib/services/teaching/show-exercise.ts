import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/policy.ts';
import type { AnnotationView } from '../../teaching/types.ts';
import { loadExerciseFor } from './class-access.ts';
import { annotationSelect, loadExerciseDocuments, loadReference } from './reference-spans.ts';

/**
 * The annotation page. Everyone sees the documents' text and their own annotations only — never
 * the engine's claims or a classmate's work. After the reveal a student also sees the reference
 * beside their own; the teacher sees progress, and annotates themselves when they are the reference.
 */
export async function showExercise(db: Db, actor: Actor, exerciseId: string) {
  const { exercise, role } = await loadExerciseFor(db, actor, exerciseId);
  const revealed = exercise.revealedAt !== null;
  const [documents, topics, mine] = await Promise.all([
    loadExerciseDocuments(db, exercise),
    db.topic.findMany({ where: { id: { in: exercise.topicIds } }, select: { id: true, label: true } }),
    db.submission.findUnique({
      where: { exerciseId_studentId: { exerciseId: exercise.id, studentId: actor.id } },
      select: { submittedAt: true, annotations: { orderBy: [{ documentId: 'asc' }, { start: 'asc' }], select: annotationSelect } },
    }),
  ]);
  const annotates = role === 'student' || exercise.reference === 'teacher';
  const submitted = Boolean(mine?.submittedAt);
  const reference: AnnotationView[] | null = role === 'student' && revealed ? await loadReference(db, exercise) : null;
  const progress = role === 'teacher' ? await teacherProgress(db, exercise.classId, exercise.id, exercise.class.teacherId) : null;
  return {
    id: exercise.id,
    classId: exercise.classId,
    className: exercise.class.name,
    title: exercise.title,
    instructions: exercise.instructions,
    dueAt: exercise.dueAt?.toISOString() ?? null,
    mode: exercise.mode,
    fields: exercise.fields,
    reference: exercise.reference,
    revealed,
    role,
    documents,
    topics,
    annotations: mine?.annotations ?? [],
    submittedAt: mine?.submittedAt?.toISOString() ?? null,
    canAnnotate: annotates && !revealed && !(role === 'student' && submitted),
    canSubmit: role === 'student' && !submitted && !revealed,
    referenceSpans: reference,
    progress,
  };
}

async function teacherProgress(db: Db, classId: string, exerciseId: string, teacherId: string) {
  const [members, submitted] = await Promise.all([
    db.classMember.count({ where: { classId } }),
    db.submission.count({ where: { exerciseId, submittedAt: { not: null }, studentId: { not: teacherId } } }),
  ]);
  return { members, submitted };
}

export type ExerciseView = Awaited<ReturnType<typeof showExercise>>;
