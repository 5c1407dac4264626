// Scores comparison rows against a pair's gold items by text offsets (pure).
import type { EvalPair, GoldItem } from './pairs.ts';

export type Span = { start: number; end: number };
export type ScoredRelation = GoldItem['relation'];

/** What the scorer needs of a comparison row: relation, the claim spans per side, the number change. */
export type RowForScoring = {
  relation: string;
  label: string;
  /** The row's explanation, printed for wrong rows. */
  explanation?: string;
  left: Span[];
  right: Span[];
  change?: { from: { value: number; span?: Span }; to: { value: number; span?: Span } };
};

export type GoldKind = 'number-changed' | 'agree-number' | 'agree' | 'contradict';
export type Counts = { gold: number; found: number };
export type PairScore = {
  id: string;
  byKind: Record<GoldKind, Counts>;
  /** Rows asserting a relation (number-changed, agree, contradict) and how many match gold. */
  proposed: number;
  correct: number;
  related: number;
  misses: string[];
  wrong: string[];
};

export const GOLD_KINDS: GoldKind[] = ['number-changed', 'agree-number', 'agree', 'contradict'];
const ASSERTING = new Set(['number-changed', 'agree', 'contradict']);

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

export function kindOf(g: GoldItem): GoldKind {
  if (g.relation === 'agree') return g.from !== undefined ? 'agree-number' : 'agree';
  return g.relation;
}

function spanOf(text: string, quote: string): Span {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
}

/** A row finds a gold item when relation, values (for numbers) and both sides' spans agree. */
export function rowMatches(row: RowForScoring, g: GoldItem, left: Span, right: Span): boolean {
  if (row.relation !== g.relation) return false;
  if (g.from !== undefined && g.to !== undefined) {
    const c = row.change;
    if (!c || !sameValue(c.from.value, g.from) || !sameValue(c.to.value, g.to)) return false;
    // The number itself must come from the annotated clause, not only some claim of the row.
    const fromOk = c.from.span ? overlaps(c.from.span, left) : row.left.some((s) => overlaps(s, left));
    const toOk = c.to.span ? overlaps(c.to.span, right) : row.right.some((s) => overlaps(s, right));
    return fromOk && toOk;
  }
  return row.left.some((s) => overlaps(s, left)) && row.right.some((s) => overlaps(s, right));
}

export function scorePair(pair: EvalPair, rows: RowForScoring[]): PairScore {
  const byKind = Object.fromEntries(GOLD_KINDS.map((k) => [k, { gold: 0, found: 0 }])) as Record<GoldKind, Counts>;
  const spans = pair.gold.map((g) => ({ g, left: spanOf(pair.left.text, g.left), right: spanOf(pair.right.text, g.right) }));
  const misses: string[] = [];
  for (const { g, left, right } of spans) {
    const kind = kindOf(g);
    byKind[kind].gold++;
    if (rows.some((r) => rowMatches(r, g, left, right))) byKind[kind].found++;
    else misses.push(`${kind}: ${g.thing ? `${g.thing} ` : ''}"${g.left}" ↔ "${g.right}"`);
  }
  const asserting = rows.filter((r) => ASSERTING.has(r.relation));
  const wrong = asserting.filter((r) => !spans.some(({ g, left, right }) => rowMatches(r, g, left, right)));
  return {
    id: pair.id,
    byKind,
    proposed: asserting.length,
    correct: asserting.length - wrong.length,
    related: rows.length - asserting.length,
    misses,
    wrong: wrong.map((r) => `${r.relation}: ${r.label}${r.change ? ` (${r.change.from.value} → ${r.change.to.value})` : ''}${r.explanation ? `\n             why: ${r.explanation.slice(0, 240)}` : ''}`),
  };
}

export type Totals = { byKind: Record<GoldKind, Counts>; proposed: number; correct: number; related: number };

export function sumScores(scores: PairScore[]): Totals {
  const byKind = Object.fromEntries(GOLD_KINDS.map((k) => [k, { gold: 0, found: 0 }])) as Record<GoldKind, Counts>;
  let [proposed, correct, related] = [0, 0, 0];
  for (const s of scores) {
    for (const k of GOLD_KINDS) {
      byKind[k].gold += s.byKind[k].gold;
      byKind[k].found += s.byKind[k].found;
    }
    proposed += s.proposed;
    correct += s.correct;
    related += s.related;
  }
  return { byKind, proposed, correct, related };
}

const pct = (n: number, d: number) => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

export function formatTotals(title: string, t: Totals): string {
  const agree = { gold: t.byKind['agree-number'].gold + t.byKind.agree.gold, found: t.byKind['agree-number'].found + t.byKind.agree.found };
  const lines = [
    title,
    `  number changes      ${pct(t.byKind['number-changed'].found, t.byKind['number-changed'].gold)}  (${t.byKind['number-changed'].found}/${t.byKind['number-changed'].gold})`,
    `  contradictions      ${pct(t.byKind.contradict.found, t.byKind.contradict.gold)}  (${t.byKind.contradict.found}/${t.byKind.contradict.gold})`,
    `  agreements          ${pct(agree.found, agree.gold)}  (${agree.found}/${agree.gold}; unchanged numbers ${t.byKind['agree-number'].found}/${t.byKind['agree-number'].gold}, propositions ${t.byKind.agree.found}/${t.byKind.agree.gold})`,
    `  row precision       ${pct(t.correct, t.proposed)}  (${t.correct}/${t.proposed} rows asserting a relation are correct; ${t.related} further rows "related")`,
  ];
  return lines.join('\n');
}
