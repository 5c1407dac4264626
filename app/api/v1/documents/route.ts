import { getPrisma } from '@/lib/db/client';
import { withApi } from '@/lib/http/api';
import { apiReader, apiWriter } from '@/lib/http/api-session';
import { readJsonObject } from '@/lib/http/request-body';
import { authorize } from '@/lib/auth/policy';
import { queryOf } from '@/lib/api/schemas/common';
import { createDocumentBodySchema, documentListQuerySchema, toDocumentJson } from '@/lib/api/schemas/documents';
import { pageDocuments } from '@/lib/db/queries/api/documents';
import { importDocument } from '@/lib/services/import-document';

// GET: a cursor page of documents (?language=&source=&kind=). POST: imports a text document
// (annotator and up) like the CLI does: 201 created, or 200 with the existing id when unchanged.

export const dynamic = 'force-dynamic';

export const GET = withApi(async (request: Request) => {
  await apiReader(request);
  const query = documentListQuerySchema.parse(queryOf(request));
  const page = await pageDocuments(await getPrisma(), query);
  return Response.json({ data: page.data.map(toDocumentJson), nextCursor: page.nextCursor });
});

export const POST = withApi(async (request: Request) => {
  authorize(await apiWriter(request), 'document.create');
  const { text, ...meta } = createDocumentBodySchema.parse(await readJsonObject(request));
  const result = await importDocument(await getPrisma(), { text, meta: { ...meta, authors: meta.authors ?? [], kind: meta.kind ?? 'article' }, name: 'text' });
  const data = { id: result.id, title: result.title, status: result.status, claims: result.claims };
  return Response.json({ data }, { status: result.status === 'created' ? 201 : 200 });
});
