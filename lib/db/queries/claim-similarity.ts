import type { Db } from '../client.ts';
import type { ExternalScores } from '../../engine/compare/index.ts';
import { pairKey } from '../../engine/compare/index.ts';

type Row = { a: string; b: string; trigram: number; fts: number | null };

/**
 * Database-side evidence for claim pairs across the given documents: pg_trgm similarity of the
 * texts, and the overlap of their full-text lexemes (PostgreSQL's German/English stemming;
 * only for pairs in the same language). Keyed by the engine's pairKey.
 */
export async function claimPairScores(db: Db, documentIds: string[]): Promise<Record<string, ExternalScores>> {
  const rows = await db.$queryRaw<Row[]>`
    WITH c AS (
      SELECT cl.id, cl."documentId", cl.text, d.language,
             tsvector_to_array(to_tsvector(CASE d.language WHEN 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, cl.text)) AS lex
      FROM "Claim" cl JOIN "Document" d ON d.id = cl."documentId"
      WHERE cl."documentId" = ANY(${documentIds}) AND cl."deletedAt" IS NULL AND cl.status <> 'rejected'
    )
    SELECT a.id AS a, b.id AS b,
           similarity(a.text, b.text)::float8 AS trigram,
           CASE WHEN a.language = b.language THEN
             (SELECT count(*) FROM (SELECT unnest(a.lex) INTERSECT SELECT unnest(b.lex)) s)::float8
               / GREATEST(1, LEAST(cardinality(a.lex), cardinality(b.lex)))
           END AS fts
    FROM c a JOIN c b ON a."documentId" < b."documentId"`;
  const scores: Record<string, ExternalScores> = {};
  for (const r of rows) {
    scores[pairKey(r.a, r.b)] = { trigram: Number(r.trigram), ...(r.fts === null ? {} : { fts: Number(r.fts) }) };
  }
  return scores;
}
