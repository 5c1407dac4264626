import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { enrolStudentSchema } from '../../schemas/teaching.ts';
import { studentEmail } from '../../teaching/student-login.ts';
import { createUser } from '../create-user.ts';
import { findClassByCode } from './join-class.ts';

/**
 * The join page: a new student account (user name + password, no e-mail) that is a member of the
 * class with this code. The code is checked first, so a wrong code creates nothing. The caller
 * signs the new account in through better-auth and the sign-in limiter.
 */
export async function enrolStudent(db: Db, raw: unknown) {
  const input = enrolStudentSchema.parse(raw);
  const joined = await findClassByCode(db, input.code);
  const email = studentEmail(input.userName);
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError('CONFLICT', 'This user name is taken. If it is yours, sign in and join with the code on your classes page.');
  }
  const user = await createUser(db, { email, name: input.userName, role: 'student', password: input.password });
  await db.classMember.create({ data: { classId: joined.id, userId: user.id } });
  return { userId: user.id, email, classId: joined.id };
}
