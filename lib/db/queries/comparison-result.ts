import type { Db } from '../client.ts';
import type { ComparisonTable } from '../../services/compare-documents.ts';
import { COMPARE_VERSION, ENGINE_VERSION } from '../../engine/version.ts';
import { documentSetKey } from './suggestion-state.ts';

// Stored comparison tables. A table is valid while the fingerprint of everything it was built
// from still matches: engine and compare versions, the concept lexicon, the set's documents,
// all their claims (deleted and rejected ones too: their flags are inputs), quantities, topic
// links of those claims and the linked topics. The fingerprint is one statement over indexed
// rows, so checking it on every request is cheap and an edit of any input shows at once.

const VERSIONS = `engine ${ENGINE_VERSION} compare ${COMPARE_VERSION}`;

// `= ANY(ARRAY(…))` keeps the lookups on the claimId/id indexes (an IN subquery was planned as a
// hash join over the whole table). Whole-row text (`x::text`) keeps NULLs apart from values; claims leave out their tsvector.
const FINGERPRINT = `
  c AS (
    SELECT cl.id, md5(ROW(cl.id, cl."documentId", cl.version, cl."updatedAt", cl.status, cl."deletedAt", cl.start, cl."end", cl.kind,
                          cl.speaker, cl.hedged, cl.negated, cl.origin, md5(cl.text), cl.entities)::text) AS h
    FROM "Claim" cl WHERE cl."documentId" = ANY($1::text[])
  ),
  l AS (SELECT ct."topicId", md5(ct::text) AS h FROM "ClaimTopic" ct WHERE ct."claimId" = ANY(ARRAY(SELECT id FROM c))),
  f AS (
    SELECT md5(concat_ws('#', $2::text,
      (SELECT count(*) || ':' || coalesce(md5(string_agg(md5(g::text), ',' ORDER BY g.id)), '') FROM "ConceptGroup" g),
      (SELECT count(*) || ':' || coalesce(md5(string_agg(md5(ROW(d.id, d."updatedAt", d.title, d.language, d."publishedAt", d."datePrecision", d.version)::text), ',' ORDER BY d.id)), '')
         FROM "Document" d WHERE d.id = ANY($1::text[])),
      (SELECT count(*) || ':' || coalesce(md5(string_agg(c.h, ',' ORDER BY c.id)), '') FROM c),
      (SELECT count(*) || ':' || coalesce(md5(string_agg(md5(q::text), ',' ORDER BY q.id)), '') FROM "Quantity" q WHERE q."claimId" = ANY(ARRAY(SELECT id FROM c))),
      (SELECT count(*) || ':' || coalesce(md5(string_agg(l.h, ',' ORDER BY l.h)), '') FROM l),
      (SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), ',' ORDER BY t.id)), '') FROM "Topic" t WHERE t.id = ANY(ARRAY(SELECT DISTINCT "topicId" FROM l)))
    )) AS fingerprint
  )`;

/** The current fingerprint of a set's comparison inputs (md5 hex). */
export async function comparisonFingerprint(db: Db, ids: string[]): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ fingerprint: string }[]>(`WITH ${FINGERPRINT} SELECT fingerprint FROM f`, documentSetKey(ids).split(','), VERSIONS);
  return rows[0].fingerprint;
}

/** The stored table of the set when it is still current (fingerprint checked in the same statement), else null. */
export async function currentStoredComparison(db: Db, ids: string[]): Promise<ComparisonTable | null> {
  const key = documentSetKey(ids);
  const rows = await db.$queryRawUnsafe<{ table: unknown }[]>(
    `WITH ${FINGERPRINT} SELECT r."table" FROM "ComparisonResult" r, f WHERE r.key = $3 AND r.fingerprint = f.fingerprint`,
    key.split(','),
    VERSIONS,
    key,
  );
  return rows.length ? reviveTable(rows[0].table) : null;
}

export async function storeComparison(db: Db, ids: string[], fingerprint: string, table: ComparisonTable): Promise<void> {
  const key = documentSetKey(ids);
  const json = JSON.parse(JSON.stringify(table));
  await db.comparisonResult.upsert({ where: { key }, create: { key, fingerprint, table: json }, update: { fingerprint, table: json, computedAt: new Date() } });
}

/** Drops the stored tables of every set that included the document (its claims must not outlive it). */
export async function forgetComparisonsOf(db: Db, documentId: string): Promise<number> {
  return db.$executeRaw`DELETE FROM "ComparisonResult" WHERE ${documentId} = ANY(string_to_array(key, ','))`;
}

/** JSON keeps the document headers' dates as ISO strings: make them Dates again. */
function reviveTable(raw: unknown): ComparisonTable {
  const table = (typeof raw === 'string' ? JSON.parse(raw) : raw) as ComparisonTable;
  return { ...table, documents: table.documents.map((d) => ({ ...d, publishedAt: d.publishedAt ? new Date(d.publishedAt) : null })) };
}
