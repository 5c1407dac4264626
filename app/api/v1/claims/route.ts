import { getPrisma } from '@/lib/db/client';
import { withApi } from '@/lib/http/api';
import { apiReader, apiWriter } from '@/lib/http/api-session';
import { readJsonObject } from '@/lib/http/request-body';
import { authorize } from '@/lib/auth/policy';
import { actionDefs } from '@/lib/actions/action-defs';
import { runAction } from '@/lib/actions/run-action';
import { queryOf } from '@/lib/api/schemas/common';
import { claimListQuerySchema, toClaimJson } from '@/lib/api/schemas/claims';
import { findApiClaim, pageClaims } from '@/lib/db/queries/api/claims';

// GET: a cursor page of claims (?documentId=&kind=&status=&speaker=&deleted=). POST: marks a
// claim by its span in the document (annotator and up), 201 with the new claim.

export const dynamic = 'force-dynamic';

export const GET = withApi(async (request: Request) => {
  await apiReader(request);
  const page = await pageClaims(await getPrisma(), claimListQuerySchema.parse(queryOf(request)));
  return Response.json({ data: page.data.map(toClaimJson), nextCursor: page.nextCursor });
});

export const POST = withApi(async (request: Request) => {
  const user = authorize(await apiWriter(request), 'claim.create');
  const ref = await runAction(actionDefs.createClaim, user, await readJsonObject(request), getPrisma);
  return Response.json({ data: toClaimJson(await findApiClaim(await getPrisma(), ref.id)) }, { status: 201 });
});
