import { extractClaims } from '../engine/index.ts';
import type { Lang } from '../engine/types.ts';
import type { Db } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { claimCreateInput } from './claim-records.ts';

type Tx = Prisma.TransactionClient;

/** Runs the engine and builds the nested create input for a new document's claims. */
export function extractClaimInputs(text: string, lang: Lang) {
  return extractClaims(text, { lang }).claims.map(claimCreateInput);
}

/**
 * Replaces a document's automatic claims with a fresh extraction. Claims a human created or
 * edited are kept as they are.
 */
export async function replaceAutoClaims(tx: Tx, documentId: string, text: string, lang: Lang) {
  const removed = await tx.claim.deleteMany({ where: { documentId, origin: 'auto', editedByHuman: false } });
  const inputs = extractClaimInputs(text, lang);
  for (const data of inputs) await tx.claim.create({ data: { ...data, document: { connect: { id: documentId } } } });
  return { removed: removed.count, created: inputs.length };
}

/** Re-extracts every document (after an engine change); one transaction per document. */
export async function reextractAllDocuments(db: Db, onProgress?: (done: number, total: number) => void) {
  const docs = await db.document.findMany({ select: { id: true, text: true, language: true } });
  let created = 0;
  for (const [i, doc] of docs.entries()) {
    const result = await db.$transaction((tx) => replaceAutoClaims(tx, doc.id, doc.text, doc.language as Lang), { timeout: 120_000 });
    created += result.created;
    onProgress?.(i + 1, docs.length);
  }
  return { documents: docs.length, claims: created };
}
