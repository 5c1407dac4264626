import { getPrisma } from '@/lib/db/client';
import { withApi } from '@/lib/http/api';
import { apiReader, apiWriter } from '@/lib/http/api-session';
import { readJsonObject } from '@/lib/http/request-body';
import { authorize } from '@/lib/auth/policy';
import { actionDefs } from '@/lib/actions/action-defs';
import { runAction } from '@/lib/actions/run-action';
import { queryOf } from '@/lib/api/schemas/common';
import { linkListQuerySchema, toLinkJson } from '@/lib/api/schemas/topics';
import { findApiLink, pageLinks } from '@/lib/db/queries/api/topics';

// Claim–topic links. GET: a cursor page (?topicId=&claimId=&status=). POST: links a claim to a
// topic with a stance, or changes the stance of the existing link (annotator; it goes to review).

export const dynamic = 'force-dynamic';

export const GET = withApi(async (request: Request) => {
  await apiReader(request);
  const page = await pageLinks(await getPrisma(), linkListQuerySchema.parse(queryOf(request)));
  return Response.json({ data: page.data.map(toLinkJson), nextCursor: page.nextCursor });
});

export const POST = withApi(async (request: Request) => {
  const user = authorize(await apiWriter(request), 'claimTopic.link');
  const ref = await runAction(actionDefs.linkClaimTopic, user, await readJsonObject(request), getPrisma);
  return Response.json({ data: toLinkJson(await findApiLink(await getPrisma(), ref.id)) }, { status: 201 });
});
