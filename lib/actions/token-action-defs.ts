import { defineAction } from './run-action.ts';
import { createApiToken } from '../services/create-api-token.ts';
import { revokeApiToken, revokeUserApiTokens } from '../services/revoke-api-token.ts';

// Personal API tokens (account page). Inputs are parsed by the services.
type In<F> = F extends (db: never, actor: never, input: infer I) => unknown ? I : never;
const as = <T>(v: unknown) => v as T;

export const tokenActionDefs = {
  createApiToken: defineAction('apiToken.create', async (db, a, i) => {
    const t = await createApiToken(db, a, as<In<typeof createApiToken>>(i));
    return { id: t.id, name: t.name, prefix: t.prefix, secret: t.secret, expiresAt: t.expiresAt?.toISOString() ?? null };
  }),
  revokeApiToken: defineAction('apiToken.revoke', async (db, a, i) => {
    const t = await revokeApiToken(db, a, as<In<typeof revokeApiToken>>(i));
    return { id: t.id, name: t.name, revokedAt: t.revokedAt.toISOString() };
  }),
  revokeUserApiTokens: defineAction('user.revokeApiTokens', (db, a, i) => revokeUserApiTokens(db, a, as<In<typeof revokeUserApiTokens>>(i))),
};
