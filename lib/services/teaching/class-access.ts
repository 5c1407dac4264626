import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { isId } from '../../schemas/safe-text.ts';

// Who someone is in a class: its teacher (admins count as every class's teacher), a member
// (student), or nobody. Nobody gets NOT_FOUND, never FORBIDDEN, so a class or exercise id from
// another class tells a student nothing, not even that it exists.

export type ClassRole = 'teacher' | 'student';

const notFound = (what: string) => new AppError('NOT_FOUND', `There is no such ${what}, or it is not one of your classes.`);

export async function classRoleOf(db: Db, actor: Actor, classId: string): Promise<ClassRole | null> {
  const found = await db.class.findUnique({ where: { id: classId }, select: { teacherId: true } });
  if (!found) return null;
  if (found.teacherId === actor.id || actor.role === 'admin') return 'teacher';
  const member = await db.classMember.findUnique({ where: { classId_userId: { classId, userId: actor.id } }, select: { id: true } });
  return member ? 'student' : null;
}

/** The actor's role in the class; throws NOT_FOUND for outsiders and FORBIDDEN for students when the teacher is needed. */
export async function requireClassRole(db: Db, actor: Actor, classId: string, need?: 'teacher'): Promise<ClassRole> {
  const role = isId(classId) ? await classRoleOf(db, actor, classId) : null;
  if (!role) throw notFound('class');
  if (need === 'teacher' && role !== 'teacher') throw new AppError('FORBIDDEN', 'Only the class’s teacher can do this.');
  return role;
}

export const exerciseSelect = {
  id: true,
  classId: true,
  title: true,
  instructions: true,
  documentIds: true,
  dueAt: true,
  fields: true,
  topicIds: true,
  reference: true,
  revealedAt: true,
  createdAt: true,
  mode: true,
  questionTopicId: true,
  class: { select: { name: true, teacherId: true } },
} as const;

/** The exercise and the actor's role in its class, or NOT_FOUND for outsiders. */
export async function loadExerciseFor(db: Db, actor: Actor, exerciseId: string, need?: 'teacher') {
  const exercise = isId(exerciseId) ? await db.exercise.findUnique({ where: { id: exerciseId }, select: exerciseSelect }) : null;
  if (!exercise) throw notFound('exercise');
  const role = await classRoleOf(db, actor, exercise.classId);
  if (!role) throw notFound('exercise');
  if (need === 'teacher' && role !== 'teacher') throw new AppError('FORBIDDEN', 'Only the class’s teacher can do this.');
  return { exercise, role };
}

export type LoadedExercise = Awaited<ReturnType<typeof loadExerciseFor>>['exercise'];
