import type { Db } from '../../db/client.ts';
import { authorize, type Actor } from '../../auth/policy.ts';
import { isStudent } from '../../auth/roles.ts';
import { AppError } from '../../errors.ts';
import { joinClassSchema } from '../../schemas/teaching.ts';
import { normalizeJoinCode } from '../../teaching/join-code.ts';

/** The class with this join code, or NOT_FOUND. */
export async function findClassByCode(db: Db, typed: string) {
  const found = await db.class.findUnique({ where: { joinCode: normalizeJoinCode(typed) }, select: { id: true, name: true } });
  if (!found) throw new AppError('NOT_FOUND', 'No class has this code. Check it with your teacher.');
  return found;
}

/**
 * A signed-in student joins one more class. Only student accounts join: other roles read the
 * documents' claims elsewhere in the app, so their work could not be blind.
 */
export async function joinClass(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'class.join');
  const { code } = joinClassSchema.parse(raw);
  if (!isStudent(actor.role)) throw new AppError('FORBIDDEN', 'Only student accounts join classes; sign up on the join page with a new user name.');
  const found = await findClassByCode(db, code);
  await db.classMember.upsert({ where: { classId_userId: { classId: found.id, userId: actor.id } }, create: { classId: found.id, userId: actor.id }, update: {} });
  return found;
}
