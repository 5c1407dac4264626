import { getPrisma } from '@/lib/db/client';
import { withApi } from '@/lib/http/api';
import { apiReader, apiWriter } from '@/lib/http/api-session';
import { readJsonObject } from '@/lib/http/request-body';
import { authorize } from '@/lib/auth/policy';
import { runAction } from '@/lib/actions/run-action';
import { topicActionDefs } from '@/lib/actions/topic-action-defs';
import { queryOf } from '@/lib/api/schemas/common';
import { toTopicJson, topicListQuerySchema } from '@/lib/api/schemas/topics';
import { findApiTopic, pageTopics } from '@/lib/db/queries/api/topics';

// GET: a cursor page of topics (?kind=number|flip|proposition|human). POST: creates a topic (editor).

export const dynamic = 'force-dynamic';

export const GET = withApi(async (request: Request) => {
  await apiReader(request);
  const page = await pageTopics(await getPrisma(), topicListQuerySchema.parse(queryOf(request)));
  return Response.json({ data: page.data.map(toTopicJson), nextCursor: page.nextCursor });
});

export const POST = withApi(async (request: Request) => {
  const user = authorize(await apiWriter(request), 'topic.create');
  const ref = await runAction(topicActionDefs.createTopic, user, await readJsonObject(request), getPrisma);
  return Response.json({ data: toTopicJson(await findApiTopic(await getPrisma(), ref.id)) }, { status: 201 });
});
