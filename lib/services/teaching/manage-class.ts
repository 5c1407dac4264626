import type { Db } from '../../db/client.ts';
import { authorize, type Actor } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { classRefSchema, removeMemberSchema, renameClassSchema } from '../../schemas/teaching.ts';
import { requireClassRole } from './class-access.ts';

// The teacher's housekeeping on a class: rename it, delete it (its exercises and all work on
// them go with it), or remove a student (their work on the class's exercises goes with them,
// so it no longer counts in any results; the account stays and can join again with the code).

export async function renameClass(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'class.rename');
  const { classId, name } = renameClassSchema.parse(raw);
  await requireClassRole(db, actor, classId, 'teacher');
  return db.class.update({ where: { id: classId }, data: { name }, select: { id: true, name: true } });
}

export async function deleteClass(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'class.delete');
  const { classId } = classRefSchema.parse(raw);
  await requireClassRole(db, actor, classId, 'teacher');
  await db.class.delete({ where: { id: classId } }); // members, exercises, submissions cascade
  return { id: classId };
}

export async function removeMember(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'class.removeMember');
  const { classId, userId } = removeMemberSchema.parse(raw);
  await requireClassRole(db, actor, classId, 'teacher');
  const member = await db.classMember.findUnique({ where: { classId_userId: { classId, userId } }, select: { id: true } });
  if (!member) throw new AppError('NOT_FOUND', 'This student is not a member of the class.');
  await db.$transaction([
    db.submission.deleteMany({ where: { studentId: userId, exercise: { classId } } }),
    db.classMember.delete({ where: { id: member.id } }),
  ]);
  return { classId, userId };
}
