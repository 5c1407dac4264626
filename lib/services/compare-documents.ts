import type { Db } from '../db/client.ts';
import { claimPairScores } from '../db/queries/claim-similarity.ts';
import { loadCompareDocuments, type DocumentHeader, type LoadedDocuments } from '../db/queries/compare-claims.ts';
import { loadTopicsAndLinks } from '../db/queries/topic-links.ts';
import { buildComparison, pairKey, type ClaimWithStance, type ExternalScores, type NumberChange, type Relation, type TopicLink } from '../engine/compare/index.ts';
import { AppError } from '../errors.ts';
import { loadLexicon } from './concept-lexicon.ts';
import { getLexicalResources } from '../lexicons/load.ts';

export const MAX_COMPARED_DOCUMENTS = 6;

export type ComparedClaim = {
  id: string;
  documentId: string;
  text: string;
  kind: string;
  speaker: string | null;
  hedged: boolean;
  negated: boolean;
  stance: ClaimWithStance['stance'];
  confidence: number;
  origin: 'auto' | 'human';
  rationale: string;
};

/** One topic across N documents (ordered by date): a cell per document, a relation per neighbour pair. */
export type ComparisonTableRow = {
  topic: { id?: string; label: string };
  cells: ComparedClaim[][];
  relations: Relation[];
  changes: (NumberChange | null)[];
  score: number;
  explanations: string[];
};

export type ComparisonTable = { documents: DocumentHeader[]; rows: ComparisonTableRow[] };

function flatten(c: ClaimWithStance): ComparedClaim {
  const { claim } = c;
  return {
    id: claim.id,
    documentId: claim.documentId,
    text: claim.text,
    kind: claim.kind,
    speaker: claim.speaker,
    hedged: claim.hedged,
    negated: claim.negated,
    stance: c.stance,
    confidence: Math.round(c.confidence * 100) / 100,
    origin: c.source,
    rationale: c.rationale,
  };
}

function byDate(a: DocumentHeader, b: DocumentHeader) {
  return (a.publishedAt?.getTime() ?? Infinity) - (b.publishedAt?.getTime() ?? Infinity);
}

/** The distinct ids of a comparison; BAD_INPUT unless there are 2..6. */
export function checkCompareIds(ids: string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length < 2) throw new AppError('BAD_INPUT', 'Choose at least two different documents to compare.');
  if (unique.length > MAX_COMPARED_DOCUMENTS) throw new AppError('BAD_INPUT', `At most ${MAX_COMPARED_DOCUMENTS} documents can be compared at once.`);
  return unique;
}

/** Cross-document pairs of claims linked to the same topic. */
function topicPairs(links: TopicLink[], docs: { claims: { id: string; documentId: string }[] }[]): [string, string][] {
  const docOf = new Map(docs.flatMap((d) => d.claims.map((c) => [c.id, c.documentId] as const)));
  const byTopic = new Map<string, string[]>();
  for (const l of links) byTopic.set(l.topicKey, [...(byTopic.get(l.topicKey) ?? []), l.claimId]);
  const pairs: [string, string][] = [];
  for (const ids of byTopic.values()) {
    for (const a of ids) for (const b of ids) if (a < b && docOf.get(a) !== docOf.get(b)) pairs.push([a, b]);
  }
  return pairs;
}

/** The side-by-side table of 2..6 documents, ordered by publication date. */
export async function compareDocuments(db: Db, ids: string[], known?: { loaded: LoadedDocuments; external: Record<string, ExternalScores> }): Promise<ComparisonTable> {
  const unique = checkCompareIds(ids);
  const { headers, docs } = known?.loaded ?? (await loadCompareDocuments(db, unique));
  const order = headers.map((h, i) => ({ h, d: docs[i] })).sort((a, b) => byDate(a.h, b.h));
  const [lexicon, { topics, links }] = await Promise.all([loadLexicon(db), loadTopicsAndLinks(db, unique)]);
  // A row explains itself by its best pair: only claims that share a topic are compared.
  const pairs = topicPairs(links, docs);
  const external = { ...known?.external, ...(await claimPairScores(db, known ? pairs.filter(([a, b]) => !(pairKey(a, b) in known.external)) : pairs)) };

  const n = order.length;
  const rows = new Map<string, ComparisonTableRow>();
  for (let i = 0; i < n - 1; i++) {
    for (const row of buildComparison(order[i].d, order[i + 1].d, topics, links, lexicon, { external, resources: getLexicalResources() })) {
      const key = row.topic.id ?? row.topic.label;
      const entry = rows.get(key) ?? { topic: row.topic, cells: Array.from({ length: n }, () => []), relations: Array(n - 1).fill('related'), changes: Array(n - 1).fill(null), score: 0, explanations: Array(n - 1).fill('') };
      entry.cells[i] = row.left.map(flatten);
      entry.cells[i + 1] = row.right.map(flatten);
      entry.relations[i] = row.relation;
      entry.changes[i] = row.change ?? null;
      entry.explanations[i] = row.explanation;
      entry.score = Math.max(entry.score, row.score);
      rows.set(key, entry);
    }
  }
  return { documents: order.map((o) => o.h), rows: [...rows.values()].sort((a, b) => b.score - a.score) };
}

/** The CLI/JSON contract for two documents: { left, right, rows: [{ topic, relation, left, right, change?, score, explanation }] }. */
export function toPairJson(table: ComparisonTable) {
  const [l, r] = table.documents;
  const head = (d: DocumentHeader) => ({ id: d.id, title: d.title, published: d.published });
  return {
    left: head(l),
    right: head(r),
    rows: table.rows.map((row) => ({
      topic: row.topic,
      relation: row.relations[0],
      left: row.cells[0],
      right: row.cells[1],
      ...(row.changes[0] ? { change: changeJson(row.changes[0]) } : {}),
      score: row.score,
      explanation: row.explanations[0],
    })),
  };
}

function changeJson(c: NumberChange) {
  return { subject: c.subject, unit: c.unit, from: c.from, to: c.to, delta: c.delta, percent: c.percent };
}

export type PairRow = ReturnType<typeof toPairJson>['rows'][number];
