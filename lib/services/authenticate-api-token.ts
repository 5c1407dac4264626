import type { Db } from '../db/client.ts';
import { hashApiToken, isApiTokenFormat } from '../auth/api-token.ts';
import { AppError } from '../errors.ts';
import type { Role } from '../auth/roles.ts';

// Who a Bearer token belongs to. The token carries no role of its own: it acts with its user's
// role as stored now, so a demoted user's tokens are demoted too, and a deleted user's tokens
// are gone (cascade). Refusals are 401s that say why; the secret is never logged.

export type TokenUser = { id: string; email: string; name: string; role: Role };

/** lastUsedAt is written at most once a minute per token, not on every request. */
export const lastUsedResolutionMs = 60_000;

export async function authenticateApiToken(db: Db, secret: string, now = new Date()): Promise<TokenUser> {
  if (!isApiTokenFormat(secret)) throw new AppError('UNAUTHENTICATED', 'This API token is not valid.');
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(secret) },
    select: { id: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true, role: true } } },
  });
  if (!token) throw new AppError('UNAUTHENTICATED', 'This API token is not valid.');
  if (token.revokedAt) throw new AppError('UNAUTHENTICATED', 'This API token was revoked.');
  if (token.expiresAt && token.expiresAt <= now) throw new AppError('UNAUTHENTICATED', 'This API token has expired.');
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= lastUsedResolutionMs) {
    // Conditional, so concurrent requests of the same minute write once.
    const stale = new Date(now.getTime() - lastUsedResolutionMs);
    await db.apiToken.updateMany({ where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: stale } }] }, data: { lastUsedAt: now } });
  }
  return token.user;
}
