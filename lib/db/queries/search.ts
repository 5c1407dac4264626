import type { Db } from '../client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { dateRange, type SearchFilterKey, type SearchInput } from '../../schemas/search.ts';

// Full-text and trigram search over claims and documents (docs/search.md). Every value reaches
// SQL as a parameter of a Prisma.sql template; only fixed fragments are joined here.

/**
 * Trigram word similarity a name or title must reach (pg_trgm's `<%` operator, index-backed):
 * one wrong letter in a surname of 7+ letters stays above it, a different word rarely does.
 */
export const NAME_SIMILARITY = 0.6;
/** Shorter queries are not matched by trigrams (every short word is "similar" to something). */
const MIN_TRIGRAM_QUERY = 4;
/** ts_headline marks matches with these private-use characters; the text is stripped of them first. */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';
/**
 * ts_headline drops whatever its parser takes for an HTML tag (`<img …>`), so `<` and `>` go in
 * as these stand-ins and come back (TAG_STAND_INS maps them) — the snippet keeps the text as written.
 */
const LT = '\uE002';
const GT = '\uE003';
export const TAG_STAND_INS: Record<string, string> = { [LT]: '<', [GT]: '>' };
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const CLAIM_HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
/** Characters of document text that are indexed and headlined (the tsvector of the migration). */
const INDEXED_CHARS = 200_000;

export type SearchHitRow = {
  type: 'claim' | 'document';
  id: string;
  documentId: string;
  text: string;
  title: string;
  language: string;
  source: string | null;
  publishedAt: Date | null;
  datePrecision: string | null;
  kind: string | null;
  status: string | null;
  speaker: string | null;
  score: number;
  headline: string;
};

export type FacetName = 'type' | 'kind' | 'language' | 'source' | 'stance' | 'status';
export type FacetCounts = Record<FacetName, Record<string, number>>;

/** Which filter a facet is computed without (its own), so it shows the alternatives. */
const facetFilter: Record<FacetName, SearchFilterKey> = { type: 'type', kind: 'kind', language: 'language', source: 'source', stance: 'stance', status: 'status' };

const claimOnlyFilters = ['kind', 'stance', 'topic', 'speaker', 'status'] as const;

type Parts = { claims: Prisma.Sql | null; documents: Prisma.Sql | null };

const and = (conds: Prisma.Sql[]) => (conds.length ? Prisma.join(conds, ' AND ') : Prisma.sql`TRUE`);

/** Both languages' stemming of the query: constant, so the GIN index can answer it. */
const anyLanguageQuery = (q: string) => Prisma.sql`(websearch_to_tsquery('german'::regconfig, ${q}) || websearch_to_tsquery('english'::regconfig, ${q}))`;
/** The query stemmed in the row's document language: the exact test after the index prefilter. */
const ownLanguageQuery = (q: string) => Prisma.sql`websearch_to_tsquery(claimscope_search_config(d."language"), ${q})`;

function documentConditions(f: SearchInput): Prisma.Sql[] {
  const conds: Prisma.Sql[] = [];
  if (f.source) conds.push(Prisma.sql`lower(s."name") = lower(${f.source})`);
  if (f.author) {
    conds.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(d."authors") AS a(name) WHERE strpos(lower(a.name), lower(${f.author})) > 0 OR word_similarity(${f.author}, a.name) >= ${NAME_SIMILARITY})`);
  }
  const { from, before } = dateRange(f.from, f.to);
  if (from) conds.push(Prisma.sql`d."publishedAt" >= ${from}`);
  if (before) conds.push(Prisma.sql`d."publishedAt" < ${before}`);
  if (f.language) conds.push(Prisma.sql`d."language" = ${f.language}`);
  return conds;
}

function linkCondition(f: SearchInput, claim: Prisma.Sql): Prisma.Sql {
  const conds = [Prisma.sql`ct."claimId" = ${claim}`, Prisma.sql`ct."status" <> 'rejected'`];
  if (f.stance) conds.push(Prisma.sql`ct."stance" = CAST(${f.stance} AS "Stance")`);
  if (f.topic) conds.push(Prisma.sql`ct."topicId" = ${f.topic}`);
  return and(conds);
}

function claimConditions(f: SearchInput): Prisma.Sql[] {
  const conds = [Prisma.sql`c."deletedAt" IS NULL`, ...documentConditions(f)];
  if (f.kind) conds.push(Prisma.sql`c."kind" = CAST(${f.kind} AS "ClaimKind")`);
  if (f.status) conds.push(Prisma.sql`c."status" = CAST(${f.status} AS "ClaimStatus")`);
  if (f.speaker) conds.push(Prisma.sql`(strpos(lower(c."speaker"), lower(${f.speaker})) > 0 OR word_similarity(${f.speaker}, c."speaker") >= ${NAME_SIMILARITY})`);
  if (f.stance || f.topic) conds.push(Prisma.sql`EXISTS (SELECT 1 FROM "ClaimTopic" ct WHERE ${linkCondition(f, Prisma.sql`c."id"`)})`);
  return conds;
}

// Scores: a full-text match counts 1 + ts_rank (rank < 1), a name match adds its trigram
// similarity (0.6 – 1). So stemmed word matches rank above near-spellings, and a hit on both
// (the name in the text and as speaker) ranks highest.

function claimHits(f: SearchInput): Prisma.Sql {
  const q = f.q;
  const trigram = q && q.length >= MIN_TRIGRAM_QUERY;
  const fts = q ? Prisma.sql`(c."searchVector" @@ ${anyLanguageQuery(q)} AND c."searchVector" @@ ${ownLanguageQuery(q)})` : Prisma.sql`FALSE`;
  const name = trigram ? Prisma.sql`(${q} <% c."speaker" AND word_similarity(${q}, c."speaker") >= ${NAME_SIMILARITY})` : Prisma.sql`FALSE`;
  // The claim-only half of the match, spelled out so the indexes take it (d is a lateral lookup).
  const indexed = trigram ? Prisma.sql`(c."searchVector" @@ ${anyLanguageQuery(q)} OR ${q} <% c."speaker")` : Prisma.sql`c."searchVector" @@ ${anyLanguageQuery(q ?? '')}`;
  const match = q ? [indexed, Prisma.sql`(${fts} OR ${name})`] : [];
  const score = q
    ? Prisma.sql`(CASE WHEN ${fts} THEN 1 + ts_rank(c."searchVector", ${ownLanguageQuery(q)}, 1) ELSE 0 END + CASE WHEN ${name} THEN word_similarity(${q}, c."speaker") ELSE 0 END)`
    : Prisma.sql`0`;
  return Prisma.sql`
    SELECT 'claim' AS "type", c."id", c."documentId", c."text", d."title", d."language", s."name" AS "source",
           d."publishedAt", d."datePrecision"::text AS "datePrecision", c."kind"::text AS "kind", c."status"::text AS "status",
           c."speaker", (${score})::float8 AS "score"
    FROM "Claim" c
    -- OFFSET 0 keeps this a per-claim primary-key lookup: a hash join would read every document
    -- to take the first candidates of a LIMIT.
    JOIN LATERAL (SELECT d0."id", d0."title", d0."language", d0."publishedAt", d0."datePrecision", d0."sourceId", d0."authors"
                  FROM "Document" d0 WHERE d0."id" = c."documentId" OFFSET 0) d ON TRUE
    LEFT JOIN "Source" s ON s."id" = d."sourceId"
    WHERE ${and([...claimConditions(f), ...match])}`;
}

function documentHits(f: SearchInput): Prisma.Sql {
  const q = f.q;
  const trigram = q && q.length >= MIN_TRIGRAM_QUERY;
  const fts = q ? Prisma.sql`(d."searchVector" @@ ${anyLanguageQuery(q)} AND d."searchVector" @@ ${ownLanguageQuery(q)})` : Prisma.sql`FALSE`;
  const authorSim = Prisma.sql`(SELECT max(word_similarity(${q ?? ''}, a.name)) FROM unnest(d."authors") AS a(name))`;
  // "authorNames" (all names in one text) has a trigram index; the per-name similarity is the exact test.
  const name = trigram
    ? Prisma.sql`((${q} <% d."title" AND word_similarity(${q}, d."title") >= ${NAME_SIMILARITY}) OR (${q} <% d."authorNames" AND coalesce(${authorSim}, 0) >= ${NAME_SIMILARITY}))`
    : Prisma.sql`FALSE`;
  const match = q ? [Prisma.sql`(${fts} OR ${name})`] : [];
  const score = q
    ? Prisma.sql`(CASE WHEN ${fts} THEN 1 + ts_rank(d."searchVector", ${ownLanguageQuery(q)}, 1) ELSE 0 END + CASE WHEN ${name} THEN GREATEST(word_similarity(${q}, d."title"), coalesce(${authorSim}, 0)) ELSE 0 END)`
    : Prisma.sql`0`;
  return Prisma.sql`
    SELECT 'document' AS "type", d."id", d."id" AS "documentId", d."title" AS "text", d."title", d."language", s."name" AS "source",
           d."publishedAt", d."datePrecision"::text AS "datePrecision", NULL::text AS "kind", NULL::text AS "status",
           NULL::text AS "speaker", (${score})::float8 AS "score"
    FROM "Document" d LEFT JOIN "Source" s ON s."id" = d."sourceId"
    WHERE ${and([...documentConditions(f), ...match])}`;
}

/**
 * Hits taken per part (claims, documents) before ranking: a common word matches a good part of a
 * large corpus, so each part reads at most this many rows from its indexes (in index order), and
 * only those are ranked, counted and faceted. Below the cap everything is exact; above it the
 * total is a lower bound (`capped`) and the ranking is over the candidates. ts_rank over long
 * documents' vectors is the costly part: 300 keeps a request's statements near 30 ms each.
 */
export const SEARCH_CANDIDATES = 300;

const candidateCap = (f: SearchInput) => Math.max(SEARCH_CANDIDATES, f.offset + f.limit);

/** The SELECTs that make up the hits, given the filters (claim-only filters rule documents out). */
function parts(f: SearchInput): Parts {
  const claimsOnly = f.type === 'claim' || claimOnlyFilters.some((k) => f[k] !== undefined);
  return {
    claims: f.type === 'document' ? null : claimHits(f),
    documents: claimsOnly ? null : documentHits(f),
  };
}

/** The hits as one UNION of capped parts (cap + 1 rows each, to tell "more"), or null when the filters rule out both. */
function union(p: Parts, cap: number): Prisma.Sql | null {
  const selects = [p.claims, p.documents].filter((s): s is Prisma.Sql => s !== null).map((s) => Prisma.sql`(${s} LIMIT ${cap + 1})`);
  return selects.length ? Prisma.join(selects, ' UNION ALL ') : null;
}

function orderBy(sort: SearchInput['sort']): Prisma.Sql {
  return sort === 'date'
    ? Prisma.sql`h."publishedAt" DESC NULLS LAST, h."score" DESC, h."type", h."id"`
    : Prisma.sql`h."score" DESC, h."publishedAt" DESC NULLS LAST, h."type", h."id"`;
}

/** One page of hits with their snippets (ts_headline only for the page's rows). */
export async function searchPage(db: Db, f: SearchInput): Promise<SearchHitRow[]> {
  const hits = union(parts(f), candidateCap(f));
  if (!hits) return [];
  const q = f.q ?? '';
  // translate maps < and > to their stand-ins and deletes the private-use characters themselves.
  const from = `<>${MARK_START}${MARK_END}${LT}${GT}`;
  const to = `${LT}${GT}`;
  const claimText = Prisma.sql`translate(c."text", ${from}, ${to})`;
  const docText = Prisma.sql`translate(left(d."text", ${INDEXED_CHARS}), ${from}, ${to})`;
  const headline = f.q
    ? Prisma.sql`CASE WHEN h."type" = 'claim'
        THEN ts_headline(claimscope_search_config(d."language"), ${claimText}, ${ownLanguageQuery(q)}, ${CLAIM_HEADLINE_OPTIONS})
        ELSE ts_headline(claimscope_search_config(d."language"), ${docText}, ${ownLanguageQuery(q)}, ${HEADLINE_OPTIONS}) END`
    : Prisma.sql`CASE WHEN h."type" = 'claim' THEN c."text" ELSE left(d."text", 600) END`;
  return db.$queryRaw<SearchHitRow[]>`
    WITH h AS (${hits}), page AS (SELECT * FROM h ORDER BY ${orderBy(f.sort)} LIMIT ${f.limit} OFFSET ${f.offset})
    SELECT h.*, ${headline} AS "headline"
    FROM page h JOIN "Document" d ON d."id" = h."documentId" LEFT JOIN "Claim" c ON h."type" = 'claim' AND c."id" = h."id"
    ORDER BY ${orderBy(f.sort)}`;
}

export type SearchSummary = { total: number; capped: boolean; facets: FacetCounts };

const facetNames: FacetName[] = ['type', 'kind', 'language', 'source', 'stance', 'status'];
const TOTAL = '#total';

/**
 * Counts over one candidate set in one statement: the listed facets and, with `withTotal`, the
 * hits per type (the total). `g` is the input the set is built from.
 */
async function countRows(db: Db, g: SearchInput, names: FacetName[], withTotal: boolean, cap: number) {
  const hits = union(parts(g), cap);
  if (!hits) return [];
  const column = { type: Prisma.sql`h."type"`, kind: Prisma.sql`h."kind"`, language: Prisma.sql`h."language"`, source: Prisma.sql`h."source"`, status: Prisma.sql`h."status"` };
  const selects = names.map((name) =>
    name === 'stance'
      ? Prisma.sql`SELECT 'stance' AS "name", ct."stance"::text AS "value", count(DISTINCT h."id")::int AS n FROM h JOIN "ClaimTopic" ct ON ${linkCondition(g, Prisma.sql`h."id"`)} WHERE h."type" = 'claim' GROUP BY 2`
      : Prisma.sql`SELECT ${name} AS "name", ${column[name]} AS "value", count(*)::int AS n FROM h WHERE ${column[name]} IS NOT NULL GROUP BY 2`,
  );
  if (withTotal) selects.push(Prisma.sql`SELECT ${TOTAL} AS "name", h."type" AS "value", count(*)::int AS n FROM h GROUP BY 2`);
  return db.$queryRaw<{ name: string; value: string; n: number }[]>`WITH h AS (${hits}) ${Prisma.join(selects, ' UNION ALL ')}`;
}

/**
 * The total and the facet counts, each dimension counted over the hits of the query and every
 * other filter: the facets whose filter is not set share one statement with the total, each set
 * one is counted over the hits without it.
 */
export async function searchSummary(db: Db, f: SearchInput): Promise<SearchSummary> {
  const cap = candidateCap(f);
  const shared = facetNames.filter((name) => f[facetFilter[name]] === undefined);
  const own = facetNames.filter((name) => f[facetFilter[name]] !== undefined);
  const [base, ...others] = await Promise.all([
    countRows(db, f, shared, true, cap),
    ...own.map((name) => countRows(db, { ...f, [facetFilter[name]]: undefined }, [name], false, cap)),
  ]);
  const facets = Object.fromEntries(facetNames.map((n) => [n, {}])) as FacetCounts;
  let total = 0;
  let capped = false;
  for (const r of [...base, ...others.flat()].sort((a, b) => b.n - a.n || String(a.value).localeCompare(String(b.value)))) {
    if (r.name === TOTAL) {
      total += Math.min(r.n, cap);
      capped ||= r.n > cap;
    } else {
      const counts = facets[r.name as FacetName];
      counts[String(r.value)] = Math.min(r.n, cap);
    }
  }
  return { total, capped, facets };
}
