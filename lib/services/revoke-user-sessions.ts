import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { AppError } from '../errors.ts';

export const revokeUserSessionsSchema = z.object({ userId: z.string().trim().min(1).max(64) });
export type RevokeUserSessionsInput = z.infer<typeof revokeUserSessionsSchema>;

/**
 * Signs a user out on every device (an admin's "revoke sessions"). Sessions live only in the
 * database (no cookie cache), so the next request with an old cookie is signed out.
 */
export async function revokeUserSessions(db: Db, actor: Actor, raw: RevokeUserSessionsInput) {
  authorize(actor, 'user.revokeSessions');
  const input = revokeUserSessionsSchema.parse(raw);
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true } });
  if (!user) throw new AppError('NOT_FOUND', 'There is no such user.');
  const { count } = await db.session.deleteMany({ where: { userId: user.id } });
  return { userId: user.id, revoked: count };
}
