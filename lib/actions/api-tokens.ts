'use server';

import { getPrisma } from '../db/client.ts';
import { tokenActionDefs } from './token-action-defs.ts';
import { executeAction } from './run-action.ts';
import { currentUser } from './session.ts';

// The account page's token actions. The session is the cookie (a Bearer token never signs in a
// server action); the policy table and the services decide the rest.

export async function createApiTokenAction(input: unknown) {
  return executeAction(tokenActionDefs.createApiToken, await currentUser(), input, getPrisma);
}

export async function revokeApiTokenAction(input: unknown) {
  return executeAction(tokenActionDefs.revokeApiToken, await currentUser(), input, getPrisma);
}

/** Admins (/admin/users): revoke every active token of one user. */
export async function revokeUserApiTokensAction(input: unknown) {
  return executeAction(tokenActionDefs.revokeUserApiTokens, await currentUser(), input, getPrisma);
}
