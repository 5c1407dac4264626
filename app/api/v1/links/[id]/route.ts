import { getPrisma } from '@/lib/db/client';
import { withApi } from '@/lib/http/api';
import { apiReader, apiWriter } from '@/lib/http/api-session';
import { readJsonObject } from '@/lib/http/request-body';
import { authorize } from '@/lib/auth/policy';
import { actionDefs } from '@/lib/actions/action-defs';
import { runAction } from '@/lib/actions/run-action';
import { queryOf, versionQuerySchema } from '@/lib/api/schemas/common';
import { toLinkJson, updateLinkBodySchema } from '@/lib/api/schemas/topics';
import { findApiLink } from '@/lib/db/queries/api/topics';

// One claim–topic link: GET, PATCH a review decision at a version (editor), DELETE ?version=N
// (annotator, own claims; editors any). A stale version answers 409 with the current link.

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = withApi(async (request: Request, ctx: Ctx) => {
  await apiReader(request);
  return Response.json({ data: toLinkJson(await findApiLink(await getPrisma(), (await ctx.params).id)) });
});

export const PATCH = withApi(async (request: Request, ctx: Ctx) => {
  const user = authorize(await apiWriter(request), 'claimTopic.setStatus');
  const { id } = await ctx.params;
  await findApiLink(await getPrisma(), id);
  const { version, status, comment } = updateLinkBodySchema.parse(await readJsonObject(request));
  await runAction(actionDefs.setLinkStatus, user, { items: [{ id, version }], status, comment }, getPrisma);
  return Response.json({ data: toLinkJson(await findApiLink(await getPrisma(), id)) });
});

export const DELETE = withApi(async (request: Request, ctx: Ctx) => {
  const user = authorize(await apiWriter(request), 'claimTopic.unlink');
  const { id } = await ctx.params;
  await findApiLink(await getPrisma(), id);
  const { version } = versionQuerySchema.parse(queryOf(request));
  return Response.json({ data: await runAction(actionDefs.unlinkClaimTopic, user, { linkId: id, version }, getPrisma) });
});
