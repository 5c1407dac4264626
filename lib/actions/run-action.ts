import type { Db } from '../db/client.ts';
import { authorize, type Actor, type PolicyAction } from '../auth/policy.ts';
import { actionError, type ActionResult } from '../http/api.ts';

// How every mutation reaches a service: the policy table decides who may call it (server side,
// before anything is read), then the service parses the input with zod and checks ownership.

export type ActionDef<R> = { name: PolicyAction; run: (db: Db, actor: Actor, input: unknown) => Promise<R> };

export function defineAction<R>(name: PolicyAction, run: (db: Db, actor: Actor, input: unknown) => Promise<R>): ActionDef<R> {
  return { name, run };
}

/** Throws UNAUTHENTICATED / FORBIDDEN / the service's AppError; for REST routes (withApi). */
export async function runAction<R>(def: ActionDef<R>, user: Actor | null, input: unknown, db: () => Promise<Db>): Promise<R> {
  const actor = authorize(user, def.name);
  return def.run(await db(), actor, input);
}

/** The same, as an ActionResult for server actions: errors become { ok: false, code, error }. */
export async function executeAction<R>(def: ActionDef<R>, user: Actor | null, input: unknown, db: () => Promise<Db>): Promise<ActionResult<R>> {
  try {
    return { ok: true, data: await runAction(def, user, input, db) };
  } catch (e) {
    return actionError(e);
  }
}
