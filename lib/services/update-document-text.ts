import type { Db } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Lang } from '../engine/types.ts';
import { AppError } from '../errors.ts';
import { isId } from '../schemas/safe-text.ts';
import { ENGINE_VERSION } from '../engine/version.ts';
import { contentHash } from './import-document.ts';
import { extractClaimInputs } from './extract-document-claims.ts';
import { insertClaims } from '../db/queries/claim-inserts.ts';
import { reanchorClaim } from './reanchor-claims.ts';
import { recordRevision } from './revisions.ts';
import { claimSnapshot, loadClaim } from './claim-snapshot.ts';

type Tx = Prisma.TransactionClient;

/** Automatic claims nobody touched: no edit, no review decision, no human or decided topic link
 *  (the same rule as replaceAutoClaims, so re-import and re-extraction keep the same claims). */
function untouchedAuto(documentId: string): Prisma.ClaimWhereInput {
  return {
    documentId,
    origin: 'auto',
    editedByHuman: false,
    status: 'suggested',
    topics: { none: { OR: [{ origin: 'human' }, { status: { not: 'suggested' } }] } },
  };
}
export type UpdateTextResult = { status: 'unchanged' | 'updated'; reanchored: number; orphaned: number; removed: number; created: number };

/** Moves (or orphans) every claim a human made or touched; each change is a revision. */
async function reanchorKeptClaims(tx: Tx, documentId: string, text: string, userId: string | null) {
  const kept = await tx.claim.findMany({ where: { documentId, NOT: untouchedAuto(documentId) }, select: { id: true } });
  const spans: [number, number][] = [];
  let reanchored = 0;
  let orphaned = 0;
  for (const { id } of kept) {
    const before = await loadClaim(tx, id);
    const found = reanchorClaim(before, text);
    if (found.found) {
      if (!before.deletedAt) spans.push([found.start, found.end]);
      if (!found.moved && !before.orphaned && before.prefix === found.prefix && before.suffix === found.suffix) continue;
      const shift = found.start - before.start;
      await tx.claim.update({ where: { id }, data: { start: found.start, end: found.end, prefix: found.prefix, suffix: found.suffix, orphaned: false, version: { increment: 1 } } });
      await tx.quantity.updateMany({ where: { claimId: id }, data: { start: { increment: shift }, end: { increment: shift } } });
      reanchored++;
    } else {
      if (before.orphaned) continue;
      await tx.claim.update({ where: { id }, data: { orphaned: true, version: { increment: 1 } } });
      orphaned++;
    }
    const after = await loadClaim(tx, id);
    const comment = found.found ? 'Re-anchored after the document text changed' : 'Orphaned: the quote is no longer in the document text';
    await recordRevision(tx, { entityType: 'claim', entityId: id, action: 'update', before: claimSnapshot(before), after: claimSnapshot(after), userId, comment });
  }
  return { spans, reanchored, orphaned };
}

/**
 * Replaces a document's text in one transaction: claims people made or touched are re-anchored
 * (or marked orphaned, never dropped), untouched automatic claims are re-extracted. Extracted
 * claims overlapping a kept claim are skipped so an edited claim is not duplicated.
 */
export async function updateDocumentText(db: Db, input: { documentId: string; text: string; userId?: string | null }): Promise<UpdateTextResult> {
  const text = input.text.replace(/\r\n?/g, '\n');
  if (!/\p{L}/u.test(text)) throw new AppError('BAD_INPUT', 'The new text is empty.');
  if (text.includes('\u0000')) throw new AppError('BAD_INPUT', 'The new text contains NUL characters (a binary file?).');
  if (!isId(input.documentId)) throw new AppError('NOT_FOUND', `There is no document with that id.`);
  const hash = contentHash(text);
  return db.$transaction(async (tx) => {
    const doc = await tx.document.findUnique({ where: { id: input.documentId }, select: { id: true, contentHash: true, language: true } });
    if (!doc) throw new AppError('NOT_FOUND', 'There is no such document.');
    if (doc.contentHash === hash) return { status: 'unchanged', reanchored: 0, orphaned: 0, removed: 0, created: 0 };
    const twin = await tx.document.findUnique({ where: { contentHash: hash }, select: { id: true } });
    if (twin) throw new AppError('CONFLICT', `Another document (${twin.id}) already has exactly this text.`);
    await tx.document.update({ where: { id: doc.id }, data: { text, contentHash: hash, engineVersion: ENGINE_VERSION } });
    const { spans, reanchored, orphaned } = await reanchorKeptClaims(tx, doc.id, text, input.userId ?? null);
    const removed = await tx.claim.deleteMany({ where: untouchedAuto(doc.id) });
    const fresh = extractClaimInputs(text, doc.language as Lang).claims.filter((c) => !spans.some(([s, e]) => c.start < e && s < c.end));
    await insertClaims(tx, doc.id, fresh);
    return { status: 'updated', reanchored, orphaned, removed: removed.count, created: fresh.length };
  }, { timeout: 120_000 });
}
