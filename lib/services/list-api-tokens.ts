import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';

// A user's tokens, newest first, for the account page and the CLI. Never the hash.

export type ApiTokenRow = { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null; expiresAt: Date | null };

export function listApiTokens(db: Db, userId: string): Promise<ApiTokenRow[]> {
  return db.apiToken.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, expiresAt: true },
  });
}

/** The account for a CLI `--user EMAIL`. */
export async function findUserByEmail(db: Db, email: string) {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true, role: true } });
  if (!user) throw new AppError('NOT_FOUND', `There is no user ${email}.`);
  return user;
}

export type TokenState = 'active' | 'revoked' | 'expired';

export function tokenState(t: Pick<ApiTokenRow, 'revokedAt' | 'expiresAt'>, now = new Date()): TokenState {
  if (t.revokedAt) return 'revoked';
  if (t.expiresAt && t.expiresAt <= now) return 'expired';
  return 'active';
}

/** Active (not revoked, not expired) tokens per user id, for the admin's user table. */
export async function countActiveApiTokens(db: Db, now = new Date()): Promise<Record<string, number>> {
  const groups = await db.apiToken.groupBy({ by: ['userId'], where: { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] }, _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.userId, g._count._all]));
}
