import { extractClaims } from '../engine/index.ts';
import { ENGINE_VERSION } from '../engine/version.ts';
import type { Lang } from '../engine/types.ts';
import type { Db } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { importLimits } from '../env.ts';
import { claimCreateInput } from './claim-records.ts';
import { insertClaims } from '../db/queries/claim-inserts.ts';
import { deleteEmptyAutoTopics } from '../db/queries/topic-links.ts';
import { getPolarWords } from '../lexicons/polar-words.ts';

type Tx = Prisma.TransactionClient;

/**
 * Runs the engine and builds the rows of a new document's claims; `overLong`
 * counts the sentences over the claim-length cap that were not made claims.
 */
export function extractClaimInputs(text: string, lang: Lang, maxClaimChars = importLimits().maxClaimChars) {
  const result = extractClaims(text, { lang, maxClaimChars, polarWords: getPolarWords() });
  return { claims: result.claims.map(claimCreateInput), overLong: result.overLong.length };
}

/**
 * Replaces a document's automatic claims with a fresh extraction. Claims a human created,
 * edited or reviewed (status decided, a human or decided topic link) are kept, and a new
 * claim with the same span as a kept one is not added twice.
 */
export async function replaceAutoClaims(tx: Tx, documentId: string, text: string, lang: Lang) {
  const untouched = {
    documentId,
    origin: 'auto' as const,
    editedByHuman: false,
    status: 'suggested' as const,
    topics: { none: { OR: [{ origin: 'human' as const }, { status: { not: 'suggested' as const } }] } },
  };
  // The automatic topics this removal may leave without links go with it.
  const touched = await tx.claimTopic.findMany({ where: { claim: untouched }, select: { topicId: true }, distinct: ['topicId'] });
  const removed = await tx.claim.deleteMany({ where: untouched });
  await deleteEmptyAutoTopics(tx as Db, touched.map((l) => l.topicId));
  const kept = new Set((await tx.claim.findMany({ where: { documentId }, select: { start: true, end: true } })).map((c) => `${c.start}:${c.end}`));
  const inputs = extractClaimInputs(text, lang).claims.filter((c) => !kept.has(`${c.start}:${c.end}`));
  await insertClaims(tx, documentId, inputs);
  await tx.document.update({ where: { id: documentId }, data: { engineVersion: ENGINE_VERSION } });
  return { removed: removed.count, created: inputs.length };
}

/**
 * Re-extracts every document (or, with `staleOnly`, those extracted by an older engine);
 * one transaction per document.
 */
export async function reextractAllDocuments(db: Db, onProgress?: (done: number, total: number) => void, staleOnly = false) {
  const where = staleOnly ? { OR: [{ engineVersion: null }, { engineVersion: { not: ENGINE_VERSION } }] } : {};
  const docs = await db.document.findMany({ where, select: { id: true, text: true, language: true } });
  let created = 0;
  for (const [i, doc] of docs.entries()) {
    const result = await db.$transaction((tx) => replaceAutoClaims(tx, doc.id, doc.text, doc.language as Lang), { timeout: 120_000 });
    created += result.created;
    onProgress?.(i + 1, docs.length);
  }
  return { documents: docs.length, claims: created };
}
