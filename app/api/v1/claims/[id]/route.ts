import { getPrisma } from '@/lib/db/client';
import { actionDefs } from '@/lib/actions/action-defs';
import { runAction } from '@/lib/actions/run-action';
import { authorize } from '@/lib/auth/policy';
import { withApi } from '@/lib/http/api';
import { apiReader, apiWriter } from '@/lib/http/api-session';
import { readJsonObject } from '@/lib/http/request-body';
import { toClaimJson } from '@/lib/api/schemas/claims';
import { findApiClaim } from '@/lib/db/queries/api/claims';

// REST access to one claim: GET reads it, PATCH edits (at a version), DELETE soft-deletes
// (?version=N). Same policy table and services as the server actions; a stale version is a
// 409 whose body carries the claim as it is now (error.current).

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = withApi(async (request: Request, ctx: Ctx) => {
  await apiReader(request);
  return Response.json({ data: toClaimJson(await findApiClaim(await getPrisma(), (await ctx.params).id)) });
});

export const PATCH = withApi(async (request: Request, ctx: Ctx) => {
  const user = authorize(await apiWriter(request), 'claim.update'); // before the body is read
  const { id } = await ctx.params;
  // The service parses the body with zod and checks ownership.
  // An unparsable body counts as {} so the answer names the missing fields (as it always did).
  const body = await readJsonObject(request, { invalid: 'empty' });
  return Response.json({ data: await runAction(actionDefs.updateClaim, user, { ...body, id }, getPrisma) });
});

export const DELETE = withApi(async (request: Request, ctx: Ctx) => {
  const user = await apiWriter(request);
  const { id } = await ctx.params;
  const version = Number(new URL(request.url).searchParams.get('version'));
  return Response.json({ data: await runAction(actionDefs.deleteClaim, user, { id, version }, getPrisma) });
});
