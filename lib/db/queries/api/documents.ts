import type { Db } from '../../client.ts';
import type { z } from 'zod';
import { AppError } from '../../../errors.ts';
import { isId } from '../../../schemas/safe-text.ts';
import type { documentListQuerySchema } from '../../../api/schemas/documents.ts';
import { pageArgs, toPage } from './page.ts';

// Reads for the documents REST resource (lists omit the text; one document includes it).

const listSelect = {
  id: true, title: true, authors: true, url: true, language: true, kind: true, publishedAt: true, datePrecision: true,
  format: true, extractionStatus: true, version: true, createdAt: true, updatedAt: true, source: { select: { name: true } },
} as const;

export async function pageDocuments(db: Db, q: z.infer<typeof documentListQuerySchema>) {
  const where = { ...(q.language && { language: q.language }), ...(q.kind && { kind: q.kind }), ...(q.source && { source: { name: q.source } }) };
  return toPage(await db.document.findMany({ ...pageArgs(q, where), select: listSelect }), q.limit);
}

export async function findApiDocument(db: Db, id: string) {
  if (!isId(id)) throw new AppError('NOT_FOUND', 'There is no such document.');
  const doc = await db.document.findUnique({ where: { id }, select: { ...listSelect, text: true, _count: { select: { claims: { where: { deletedAt: null } } } } } });
  if (!doc) throw new AppError('NOT_FOUND', 'There is no such document.');
  return doc;
}
