import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { hasRole } from '../auth/roles.ts';
import { AppError } from '../errors.ts';
import { idSchema } from '../schemas/safe-text.ts';

// Revoking keeps the row (name, prefix, dates) so the list shows what was revoked and when;
// the token is refused from the next request on. Revoking twice is harmless.

export const revokeApiTokenSchema = z.object({ id: idSchema });
export type RevokeApiTokenInput = z.infer<typeof revokeApiTokenSchema>;

export type RevokedApiToken = { id: string; userId: string; name: string; prefix: string; revokedAt: Date };

async function revoke(db: Db, id: string, allowed: (userId: string) => boolean): Promise<RevokedApiToken> {
  const token = await db.apiToken.findUnique({ where: { id }, select: { id: true, userId: true, revokedAt: true } });
  // Someone else's token is "not found", so ids cannot be probed.
  if (!token || !allowed(token.userId)) throw new AppError('NOT_FOUND', 'There is no such API token.');
  if (!token.revokedAt) await db.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  const row = await db.apiToken.findUniqueOrThrow({ where: { id }, select: { id: true, userId: true, name: true, prefix: true, revokedAt: true } });
  return { ...row, revokedAt: row.revokedAt ?? new Date() };
}

/** Users revoke their own tokens; admins revoke anyone's. */
export async function revokeApiToken(db: Db, actor: Actor, raw: RevokeApiTokenInput): Promise<RevokedApiToken> {
  authorize(actor, 'apiToken.revoke');
  const { id } = revokeApiTokenSchema.parse(raw);
  return revoke(db, id, (userId) => userId === actor.id || hasRole(actor.role, 'admin'));
}

/** For the CLI, which runs with direct database access and acts as the operator (like `user add`). */
export async function revokeApiTokenAsOperator(db: Db, raw: RevokeApiTokenInput): Promise<RevokedApiToken> {
  const { id } = revokeApiTokenSchema.parse(raw);
  return revoke(db, id, () => true);
}

export const revokeUserApiTokensSchema = z.object({ userId: idSchema });

/** An admin's "revoke all tokens" for one user (a lost laptop, a leaver): every active token. */
export async function revokeUserApiTokens(db: Db, actor: Actor, raw: z.infer<typeof revokeUserApiTokensSchema>) {
  authorize(actor, 'user.revokeApiTokens');
  const { userId } = revokeUserApiTokensSchema.parse(raw);
  if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw new AppError('NOT_FOUND', 'There is no such user.');
  const { count } = await db.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return { userId, revoked: count };
}
