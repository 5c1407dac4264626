import type { Db } from '../db/client.ts';
import { MARK_END, MARK_START, TAG_STAND_INS, searchPage, searchSummary, type FacetCounts, type SearchHitRow } from '../db/queries/search.ts';
import { isoPublished, type Precision } from '../documents/published-date.ts';
import { AppError } from '../errors.ts';
import { searchInputSchema, type RawSearchInput, type SearchInput } from '../schemas/search.ts';
import { describeIssues, issueList } from '../schemas/safe-text.ts';
import { parseMarkedSnippet, plainSnippet } from '../search/snippet.ts';
import type { SearchResultItem } from '../search/result.ts';

// Search over claims and documents: the use case behind /search, GET /api/v1/search and
// `claimscope search`. Read-only and without a transaction: the page and the counts are two
// statements on two pooled connections (an edit between them can shift a count by its rows).

export type { SearchResultItem };

/** `totalCapped`: present (true) when there are more hits than the candidates counted; `total` is then a lower bound. */
export type SearchResponse = { total: number; results: SearchResultItem[]; facets: FacetCounts; totalCapped?: true };
export type SearchOutcome = SearchResponse & { query: SearchInput };

export function parseSearchInput(raw: RawSearchInput): SearchInput {
  const parsed = searchInputSchema.safeParse(raw);
  if (!parsed.success) {
    throw Object.assign(new AppError('BAD_INPUT', `search: ${describeIssues(parsed.error.issues.slice(0, 3))}`), { issues: issueList(parsed.error.issues) });
  }
  return parsed.data;
}

function toItem(row: SearchHitRow, hasQuery: boolean): SearchResultItem {
  const snippet = hasQuery ? parseMarkedSnippet(row.headline, MARK_START, MARK_END, TAG_STAND_INS) : plainSnippet(row.headline);
  return {
    type: row.type,
    id: row.id,
    documentId: row.documentId,
    text: row.text,
    snippet: snippet.snippet,
    score: Math.round(Number(row.score) * 10_000) / 10_000,
    highlights: snippet.highlights,
    title: row.title,
    speaker: row.speaker,
    kind: row.kind,
    status: row.status,
    language: row.language,
    source: row.source,
    published: row.publishedAt ? isoPublished(new Date(row.publishedAt), row.datePrecision as Precision | null) : null,
    href: row.type === 'claim' ? `/documents/${row.documentId}#claim-${row.id}` : `/documents/${row.documentId}`,
  };
}

/** Validates the input (AppError BAD_INPUT), then searches. */
export async function searchClaimsAndDocuments(db: Db, raw: RawSearchInput): Promise<SearchOutcome> {
  const query = parseSearchInput(raw);
  const [rows, { total, capped, facets }] = await Promise.all([searchPage(db, query), searchSummary(db, query)]);
  return { query, total, results: rows.map((r) => toItem(r, Boolean(query.q))), facets, ...(capped && { totalCapped: true as const }) };
}

/** The JSON the API and `--json` print: { total, results, facets } (+ totalCapped when capped). */
export function toSearchJson({ total, results, facets, totalCapped }: SearchOutcome): SearchResponse {
  return { total, results, facets, ...(totalCapped && { totalCapped }) };
}
