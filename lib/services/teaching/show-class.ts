import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/policy.ts';
import { requireClassRole } from './class-access.ts';

export type ExerciseState = 'open' | 'submitted' | 'revealed';

/**
 * One class as its teacher sees it (join code, members, how many submitted each exercise) or as
 * a student sees it (the exercises and where their own work stands, nothing about classmates).
 */
export async function showClass(db: Db, actor: Actor, classId: string) {
  const role = await requireClassRole(db, actor, classId);
  const found = await db.class.findUniqueOrThrow({ where: { id: classId }, select: { id: true, name: true, joinCode: true, teacherId: true, teacher: { select: { name: true } } } });
  const exercises = await db.exercise.findMany({
    where: { classId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      title: true,
      dueAt: true,
      revealedAt: true,
      documentIds: true,
      mode: true,
      submissions: { where: role === 'teacher' ? { submittedAt: { not: null }, studentId: { not: found.teacherId } } : { studentId: actor.id }, select: { submittedAt: true } },
    },
  });
  const rows = exercises.map((e) => ({
    id: e.id,
    title: e.title,
    dueAt: e.dueAt,
    documents: e.documentIds.length,
    revealed: e.revealedAt !== null,
    mode: e.mode,
    submitted: role === 'teacher' ? e.submissions.length : e.submissions.some((s) => s.submittedAt),
  }));
  if (role === 'student') return { role, id: found.id, name: found.name, teacher: found.teacher.name, exercises: rows };
  const members = await db.classMember.findMany({ where: { classId }, orderBy: { joinedAt: 'asc' }, select: { user: { select: { id: true, name: true } } } });
  return { role, id: found.id, name: found.name, teacher: found.teacher.name, joinCode: found.joinCode, members: members.map((m) => m.user), exercises: rows };
}

export type ClassView = Awaited<ReturnType<typeof showClass>>;
