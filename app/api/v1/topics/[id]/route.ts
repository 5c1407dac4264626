import { getPrisma } from '@/lib/db/client';
import { withApi } from '@/lib/http/api';
import { apiReader, apiWriter } from '@/lib/http/api-session';
import { readJsonObject } from '@/lib/http/request-body';
import { authorize } from '@/lib/auth/policy';
import { runAction } from '@/lib/actions/run-action';
import { topicActionDefs } from '@/lib/actions/topic-action-defs';
import { queryOf, versionQuerySchema } from '@/lib/api/schemas/common';
import { toTopicJson } from '@/lib/api/schemas/topics';
import { findApiTopic } from '@/lib/db/queries/api/topics';

// One topic: GET, PATCH label/question at a version (editor), DELETE ?version=N (editor; its
// links go, the claims stay). A stale version answers 409 with the current topic.

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = withApi(async (request: Request, ctx: Ctx) => {
  await apiReader(request);
  return Response.json({ data: toTopicJson(await findApiTopic(await getPrisma(), (await ctx.params).id)) });
});

export const PATCH = withApi(async (request: Request, ctx: Ctx) => {
  const user = authorize(await apiWriter(request), 'topic.rename');
  const { id } = await ctx.params;
  await findApiTopic(await getPrisma(), id);
  await runAction(topicActionDefs.renameTopic, user, { ...(await readJsonObject(request)), id }, getPrisma);
  return Response.json({ data: toTopicJson(await findApiTopic(await getPrisma(), id)) });
});

export const DELETE = withApi(async (request: Request, ctx: Ctx) => {
  const user = authorize(await apiWriter(request), 'topic.delete');
  const { id } = await ctx.params;
  await findApiTopic(await getPrisma(), id);
  const { version } = versionQuerySchema.parse(queryOf(request));
  return Response.json({ data: await runAction(topicActionDefs.deleteTopic, user, { id, version }, getPrisma) });
});
