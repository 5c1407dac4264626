import type { Prisma } from '../generated/prisma/client.ts';
import { AppError } from '../errors.ts';

type Tx = Prisma.TransactionClient;

/** What a 409 carries about a document: its metadata and version as they are now. */
export async function documentState(tx: Tx, id: string) {
  const doc = await tx.document.findUnique({
    where: { id },
    select: { id: true, title: true, authors: true, url: true, publishedAt: true, datePrecision: true, kind: true, version: true, source: { select: { name: true } } },
  });
  if (!doc) throw new AppError('NOT_FOUND', 'There is no such document.');
  const { source, ...rest } = doc;
  return { ...rest, outlet: source?.name ?? null };
}

/** Throws NOT_FOUND, or CONFLICT with the current state, unless the document is at `version`. */
export async function assertDocumentVersion(tx: Tx, id: string, version: number) {
  const current = await documentState(tx, id);
  if (current.version !== version) {
    throw Object.assign(new AppError('CONFLICT', 'Someone else changed this document. Review the current version and apply your change again.'), { current });
  }
  return current;
}
