import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { generateApiToken } from '../auth/api-token.ts';
import { AppError } from '../errors.ts';
import { safeText } from '../schemas/safe-text.ts';

// A new personal API token for the actor. The secret is returned once, here, and never again:
// only its hash is stored.

export const maxActiveTokens = 50;

export const createApiTokenSchema = z.object({
  name: safeText({ min: 1, max: 100 }),
  expiresInDays: z.number().int().min(1).max(3650).nullish(),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

export type CreatedApiToken = { id: string; name: string; prefix: string; createdAt: Date; expiresAt: Date | null; secret: string };

export async function createApiToken(db: Db, actor: Actor, raw: CreateApiTokenInput, now = new Date()): Promise<CreatedApiToken> {
  authorize(actor, 'apiToken.create');
  const input = createApiTokenSchema.parse(raw);
  const active = await db.apiToken.count({ where: { userId: actor.id, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } });
  if (active >= maxActiveTokens) throw new AppError('BAD_INPUT', `name: you already have ${maxActiveTokens} active tokens; revoke one first`);
  const { secret, tokenHash, prefix } = generateApiToken();
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null;
  const row = await db.apiToken.create({
    data: { userId: actor.id, name: input.name, tokenHash, prefix, expiresAt },
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true },
  });
  return { ...row, secret };
}
