import { inSnapshot, type Db } from '../client.ts';
import { AppError } from '../../errors.ts';
import { isId } from '../../schemas/safe-text.ts';

// Reads for the reader, the side panel and the history page.

const claimInclude = {
  quantities: { orderBy: { start: 'asc' } },
  topics: { include: { topic: { select: { id: true, label: true } } }, orderBy: { createdAt: 'asc' } },
  createdBy: { select: { id: true, email: true, name: true } },
  assignee: { select: { id: true, email: true, name: true } },
} as const;

export type ReaderClaim = Awaited<ReturnType<typeof listDocumentClaims>>[number];

/** Every claim of a document, deleted and orphaned ones included (the reader lists them apart). */
export async function listDocumentClaims(db: Db, documentId: string) {
  return inSnapshot(db, (s) => s.claim.findMany({ where: { documentId }, orderBy: [{ start: 'asc' }, { end: 'desc' }], include: claimInclude }));
}

/** A claim with its document title, or NOT_FOUND. */
export async function getClaim(db: Db, id: string) {
  if (!isId(id)) throw new AppError('NOT_FOUND', 'There is no such claim.');
  const claim = await inSnapshot(db, (s) => s.claim.findUnique({ where: { id }, include: { ...claimInclude, document: { select: { id: true, title: true } } } }));
  if (!claim) throw new AppError('NOT_FOUND', 'There is no such claim.');
  return claim;
}

/** The claim's own revisions and those of its topic links, newest first. */
export async function listClaimHistory(db: Db, claimId: string) {
  const links = await db.revision.findMany({
    where: { entityType: 'claimTopic', OR: [{ after: { path: ['claimId'], equals: claimId } }, { before: { path: ['claimId'], equals: claimId } }] },
    select: { id: true },
  });
  return db.revision.findMany({
    where: { OR: [{ entityType: 'claim', entityId: claimId }, { id: { in: links.map((l) => l.id) } }] },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    include: { user: { select: { email: true, name: true } } },
  });
}
