import type { Db } from '../client.ts';
import { AppError } from '../../errors.ts';
import { isId } from '../../schemas/safe-text.ts';

export type DocumentListItem = Awaited<ReturnType<typeof listDocuments>>[number];

export async function listDocuments(db: Db) {
  const docs = await db.document.findMany({
    orderBy: [{ publishedAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    select: {
      id: true,
      title: true,
      authors: true,
      language: true,
      publishedAt: true,
      datePrecision: true,
      kind: true,
      extractionStatus: true,
      source: { select: { name: true } },
      _count: { select: { claims: { where: { deletedAt: null } } } },
    },
  });
  return docs.map(({ _count, source, ...d }) => ({ ...d, outlet: source?.name ?? null, claimCount: _count.claims }));
}

/** Looks a document up by id; a forged or unknown id is a NotFound, never a crash. */
export async function getDocument(db: Db, id: string) {
  if (!isId(id)) throw new AppError('NOT_FOUND', 'There is no such document.');
  const doc = await db.document.findUnique({
    where: { id },
    include: {
      source: { select: { name: true } },
      // The page lists the claims itself (listDocumentClaims); here only their number.
      _count: { select: { claims: { where: { deletedAt: null } } } },
    },
  });
  if (!doc) throw new AppError('NOT_FOUND', `No document with id ${id}`);
  return doc;
}
