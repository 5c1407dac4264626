import type { Db } from '../client.ts';
import type { ExternalScores } from '../../engine/compare/index.ts';
import { pairKey } from '../../engine/compare/index.ts';

type Row = { a: string; b: string; trigram: number; fts: number | null };

/**
 * Database-side evidence for the given claim pairs: pg_trgm similarity of the texts, and the
 * overlap of their full-text lexemes (PostgreSQL's German/English stemming; only for pairs in
 * the same language). Keyed by the engine's pairKey. Only the pairs asked for are scored, so
 * large documents never cost claims × claims comparisons.
 */
export async function claimPairScores(db: Db, pairs: [string, string][]): Promise<Record<string, ExternalScores>> {
  if (pairs.length === 0) return {};
  const as = pairs.map((p) => p[0]);
  const bs = pairs.map((p) => p[1]);
  const rows = await db.$queryRaw<Row[]>`
    WITH p AS (SELECT DISTINCT a, b FROM unnest(${as}::text[], ${bs}::text[]) AS t(a, b)),
    c AS (
      SELECT cl.id, cl.text, d.language,
             tsvector_to_array(to_tsvector(CASE d.language WHEN 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, cl.text)) AS lex
      FROM "Claim" cl JOIN "Document" d ON d.id = cl."documentId"
      WHERE cl.id IN (SELECT a FROM p UNION SELECT b FROM p) AND cl."deletedAt" IS NULL AND cl.status <> 'rejected'
    )
    SELECT ca.id AS a, cb.id AS b,
           similarity(ca.text, cb.text)::float8 AS trigram,
           CASE WHEN ca.language = cb.language THEN
             (SELECT count(*) FROM (SELECT unnest(ca.lex) INTERSECT SELECT unnest(cb.lex)) s)::float8
               / GREATEST(1, LEAST(cardinality(ca.lex), cardinality(cb.lex)))
           END AS fts
    FROM p JOIN c ca ON ca.id = p.a JOIN c cb ON cb.id = p.b`;
  const scores: Record<string, ExternalScores> = {};
  for (const r of rows) {
    scores[pairKey(r.a, r.b)] = { trigram: Number(r.trigram), ...(r.fts === null ? {} : { fts: Number(r.fts) }) };
  }
  return scores;
}

/**
 * Pairs for the database's baseline: every claim of one document with the claim at the same
 * position of another (deterministic), so the median says what any two claims reach.
 */
export function baselinePairs(docs: { claims: { id: string }[] }[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const [a, b] = [docs[i].claims, docs[j].claims];
      const n = Math.max(a.length, b.length);
      for (let k = 0; k < n && a.length && b.length; k++) pairs.push([a[k % a.length].id, b[(k * 7 + 3) % b.length].id]);
    }
  }
  return pairs;
}
