import type { Db } from '../db/client.ts';
import type { Lang } from '../engine/types.ts';
import { ENGINE_VERSION } from '../engine/version.ts';
import { insertClaimsForDocuments, type ClaimInput } from '../db/queries/claim-inserts.ts';
import { extractClaimInputs, replaceAutoClaims } from './extract-document-claims.ts';

// The extraction of a batch of taken documents in ONE transaction (docs/jobs.md "Throughput"):
// the rows are locked in id order (two runs of one document do not interleave, and two batches
// cannot deadlock), every new document's claims go into a few multi-row INSERTs and the batch is
// marked done in one UPDATE. A document whose extraction throws is left out and reported; a
// document that has claims already (re-extraction: human claims are kept) takes the
// per-document path, replaceAutoClaims, in the same transaction.

type Row = { id: string; text: string; language: string; hasClaims: boolean };

export type BatchExtraction = {
  /** Documents stored done by this run. */
  done: string[];
  /** Documents whose extraction threw, with the error (not stored; the others are). */
  failed: Map<string, unknown>;
};

/** Engine claims of one document (a seam for tests that count or break extractions). */
export type ClaimExtractor = (documentId: string, text: string, lang: Lang) => ClaimInput[];

export const engineClaims: ClaimExtractor = (_id, text, lang) => extractClaimInputs(text, lang).claims;

export async function extractDocumentBatch(db: Db, documentIds: string[], extract: ClaimExtractor = engineClaims): Promise<BatchExtraction> {
  const failed = new Map<string, unknown>();
  if (documentIds.length === 0) return { done: [], failed };
  const ids = [...new Set(documentIds)].sort();
  const done = await db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<Row[]>`
        SELECT d.id, d.text, d.language::text AS language, EXISTS (SELECT 1 FROM "Claim" c WHERE c."documentId" = d.id) AS "hasClaims"
        FROM "Document" d WHERE d.id = ANY(${ids}::text[]) AND d."extractionStatus" <> 'done' ORDER BY d.id FOR UPDATE OF d`;
      const fresh: { documentId: string; claims: ClaimInput[] }[] = [];
      const stored: string[] = [];
      for (const row of rows) {
        try {
          if (row.hasClaims) await replaceAutoClaims(tx, row.id, row.text, row.language as Lang);
          else fresh.push({ documentId: row.id, claims: extract(row.id, row.text, row.language as Lang) });
          stored.push(row.id);
        } catch (e) {
          // replaceAutoClaims failing on the database aborts the transaction: the batch fails.
          if (row.hasClaims) throw e;
          failed.set(row.id, e);
        }
      }
      await insertClaimsForDocuments(tx, fresh);
      if (stored.length) {
        await tx.$executeRaw`
          UPDATE "Document" SET "extractionStatus" = 'done', "extractionError" = NULL, "extractionUpdatedAt" = now(), "updatedAt" = now(), "engineVersion" = ${ENGINE_VERSION}
          WHERE id = ANY(${stored}::text[])`;
      }
      return stored;
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
  return { done, failed };
}
