// Pure matching rules of the eval: spans, speakers, units and quantity values.
import type { Qualifier } from '../../lib/engine/types.ts';

export type Span = { start: number; end: number };

export type ComparableQuantity = {
  value: number;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  unit: string | null;
};

/** Share of the gold span a prediction must cover to count as the same claim. */
export const MIN_GOLD_OVERLAP = 0.5;
/** A prediction lying this much inside the gold span also matches (e.g. only the quoted words)… */
export const MIN_PREDICTED_INSIDE = 0.8;
/** …as long as it still covers this share of the gold span. */
export const MIN_GOLD_OVERLAP_INSIDE = 0.3;
/** Relative tolerance for quantity values. */
export const VALUE_TOLERANCE = 0.005;

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when a predicted span overlaps a gold span enough to be the same claim. */
export function isSpanMatch(gold: Span, predicted: Span): boolean {
  const overlap = overlapLength(gold, predicted);
  if (overlap <= 0) return false;
  const goldShare = overlap / Math.max(1, gold.end - gold.start);
  const predictedShare = overlap / Math.max(1, predicted.end - predicted.start);
  if (goldShare >= MIN_GOLD_OVERLAP) return true;
  return predictedShare >= MIN_PREDICTED_INSIDE && goldShare >= MIN_GOLD_OVERLAP_INSIDE;
}

/**
 * One-to-one matching of gold to predicted spans: candidate pairs that pass isSpanMatch are
 * taken greedily by overlap relative to the longer span. Returns [goldIndex, predictedIndex].
 */
export function matchSpans(gold: Span[], predicted: Span[]): Array<[number, number]> {
  const candidates: Array<{ g: number; p: number; score: number }> = [];
  gold.forEach((goldSpan, g) => {
    predicted.forEach((predictedSpan, p) => {
      if (!isSpanMatch(goldSpan, predictedSpan)) return;
      const longer = Math.max(goldSpan.end - goldSpan.start, predictedSpan.end - predictedSpan.start);
      candidates.push({ g, p, score: overlapLength(goldSpan, predictedSpan) / Math.max(1, longer) });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    pairs.push([g, p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

const SPEAKER_STOPWORDS = new Set([
  'dr', 'prof', 'med', 'mr', 'mrs', 'ms', 'sen', 'rep', 'herr', 'frau', 'the', 'a', 'an',
  'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'eines', 'einem',
]);

/** Lower case, no diacritics, no punctuation, no titles or articles. */
export function normalizeSpeaker(speaker: string): string {
  return speaker
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((token) => token !== '' && !SPEAKER_STOPWORDS.has(token))
    .join(' ');
}

const STEM_LENGTH = 5;

/** Whole-word containment: "katrin albers" is in "innenministerin katrin albers", "er" is not in "minister". */
function containsWords(longer: string, shorter: string): boolean {
  return ` ${longer} `.includes(` ${shorter} `);
}

function stemOf(token: string): string {
  return token.slice(0, STEM_LENGTH);
}

/**
 * Lenient speaker comparison: equal after normalisation, one contains the other as
 * whole words ("katrin albers" in "innenministerin katrin albers"), or every word of the shorter name
 * shares its first five letters with a word of the longer one (inflection: "Statistischem").
 */
export function isSameSpeaker(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const a = normalizeSpeaker(gold);
  const b = normalizeSpeaker(predicted);
  if (a === '' || b === '') return a === b;
  if (a === b || containsWords(a, b) || containsWords(b, a)) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const longerStems = new Set(longer.split(' ').map(stemOf));
  return shorter.split(' ').every((token) => longerStems.has(stemOf(token)));
}

const UNIT_ALIASES: Record<string, string> = {
  '%': '%', prozent: '%', percent: '%', 'per cent': '%', pct: '%',
  '€': 'eur', euro: 'eur', euros: 'eur', eur: 'eur',
  '$': 'usd', dollar: 'usd', dollars: 'usd', usd: 'usd', 'us-dollar': 'usd', 'us dollar': 'usd',
  '£': 'gbp', pound: 'gbp', pounds: 'gbp', gbp: 'gbp', pfund: 'gbp',
};

export function normalizeUnit(unit: string): string {
  const lower = unit.trim().toLowerCase().replace(/\s+/g, ' ');
  return UNIT_ALIASES[lower] ?? lower;
}

/** Units match after aliasing (% = Prozent, € = Euro), by containment or by a shared stem. */
export function isSameUnit(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const a = normalizeUnit(gold);
  const b = normalizeUnit(predicted);
  if (a === b) return true;
  if (a.length < 2 || b.length < 2) return false;
  if (containsWords(a, b) || containsWords(b, a)) return true;
  return a.length >= STEM_LENGTH && b.length >= STEM_LENGTH && stemOf(a) === stemOf(b);
}

function isClose(expected: number, actual: number | undefined): boolean {
  if (actual === undefined || !Number.isFinite(actual)) return false;
  if (expected === 0) return actual === 0;
  return Math.abs(actual - expected) <= Math.abs(expected) * VALUE_TOLERANCE;
}

/**
 * Value rule: ±0.5 %; a vague `few` gold value (the magnitude, "Hunderttausende" → 100000)
 * accepts anything from the magnitude up to ten times it; a gold range accepts its midpoint,
 * its lower bound, or the same low/high pair.
 */
export function isValueMatch(gold: ComparableQuantity, predicted: ComparableQuantity): boolean {
  if (isClose(gold.value, predicted.value)) return true;
  if (gold.qualifier === 'few') {
    return predicted.value >= gold.value * (1 - VALUE_TOLERANCE) && predicted.value < gold.value * 10;
  }
  if (gold.low !== undefined && gold.high !== undefined) {
    if (isClose(gold.low, predicted.value)) return true;
    return isClose(gold.low, predicted.low) && isClose(gold.high, predicted.high);
  }
  return false;
}

/**
 * One-to-one matching of quantities by value, in gold order; among value matches the first
 * with the same qualifier wins. Returns [goldIndex, predictedIndex] pairs.
 */
export function matchQuantities(
  gold: ComparableQuantity[],
  predicted: ComparableQuantity[],
): Array<[number, number]> {
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  gold.forEach((goldQuantity, g) => {
    const options = predicted
      .map((quantity, p) => ({ quantity, p }))
      .filter(({ quantity, p }) => !used.has(p) && isValueMatch(goldQuantity, quantity));
    const best = options.find(({ quantity }) => quantity.qualifier === goldQuantity.qualifier) ?? options[0];
    if (!best) return;
    used.add(best.p);
    pairs.push([g, best.p]);
  });
  return pairs;
}
