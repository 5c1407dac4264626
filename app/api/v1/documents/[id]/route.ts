import { getPrisma } from '@/lib/db/client';
import { withApi } from '@/lib/http/api';
import { apiReader, apiWriter } from '@/lib/http/api-session';
import { readJsonObject } from '@/lib/http/request-body';
import { runAction } from '@/lib/actions/run-action';
import { authorize } from '@/lib/auth/policy';
import { documentActionDefs } from '@/lib/actions/document-action-defs';
import { queryOf, versionQuerySchema } from '@/lib/api/schemas/common';
import { toDocumentJson } from '@/lib/api/schemas/documents';
import { findApiDocument } from '@/lib/db/queries/api/documents';

// One document: GET (with its text), PATCH metadata at a version (editor), DELETE ?version=N
// (editor; its claims and links go with it). A stale version answers 409 with the current state.

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

async function documentJson(id: string) {
  const { text, _count, ...doc } = await findApiDocument(await getPrisma(), id);
  return { ...toDocumentJson(doc), text, claimCount: _count.claims };
}

export const GET = withApi(async (request: Request, ctx: Ctx) => {
  await apiReader(request);
  return Response.json({ data: await documentJson((await ctx.params).id) });
});

export const PATCH = withApi(async (request: Request, ctx: Ctx) => {
  const user = authorize(await apiWriter(request), 'document.update'); // before the body is read
  const { id } = await ctx.params;
  const body = await readJsonObject(request);
  await runAction(documentActionDefs.updateDocument, user, { ...body, id }, getPrisma);
  return Response.json({ data: await documentJson(id) });
});

export const DELETE = withApi(async (request: Request, ctx: Ctx) => {
  const user = await apiWriter(request);
  const { id } = await ctx.params;
  const { version } = versionQuerySchema.parse(queryOf(request));
  return Response.json({ data: await runAction(documentActionDefs.deleteDocument, user, { id, version }, getPrisma) });
});
