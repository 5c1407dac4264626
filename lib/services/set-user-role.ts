import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { roles } from '../auth/roles.ts';
import { AppError } from '../errors.ts';
import { idSchema } from '../schemas/safe-text.ts';

export const setUserRoleSchema = z.object({ userId: idSchema, role: z.enum(roles) });
export type SetUserRoleInput = z.infer<typeof setUserRoleSchema>;

/** Changes a user's role. The last admin cannot be demoted, so the instance is never locked out. */
export async function setUserRole(db: Db, actor: Actor, raw: SetUserRoleInput) {
  authorize(actor, 'user.setRole');
  const input = setUserRoleSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true } });
    if (!user) throw new AppError('NOT_FOUND', 'There is no such user.');
    if (user.role === 'admin' && input.role !== 'admin' && (await tx.user.count({ where: { role: 'admin' } })) <= 1) {
      throw new AppError('BAD_INPUT', 'This is the last admin; make someone else admin first.');
    }
    return tx.user.update({ where: { id: user.id }, data: { role: input.role }, select: { id: true, email: true, role: true } });
  });
}
