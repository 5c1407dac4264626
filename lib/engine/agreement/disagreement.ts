// Where the class disagrees most: units (sentences) ranked by observed pairwise disagreement.
import { checkRatings, countValues, groupByUnit } from './ratings';
import type { Rating, RatingValue, Span } from './types';

export type ValueCount = { value: RatingValue; count: number };

export type UnitDisagreement = {
  unit: string;
  /** Place in the given unit order (or first-seen order): ties rank by it, views sort back by it. */
  position: number;
  /** Values given for the unit. */
  values: number;
  /** Share of pairs of values (from different annotators) that differ: 1 − Σ n_c(n_c−1) / (m(m−1)); 0 below two values. */
  disagreement: number;
  /** Shannon entropy of the values in bits (tie-breaker; 0 when all agree). */
  entropy: number;
  /** Most frequent first (ties first-seen). */
  counts: ValueCount[];
  /** The value strictly more frequent than any other, else null. */
  majority: RatingValue | null;
};

export type RankOptions = {
  /** All units in document order: listed units without ratings are included (values 0). */
  unitOrder?: readonly string[];
};

function describeUnit(unit: string, position: number, values: readonly RatingValue[]): UnitDisagreement {
  const counts = [...countValues(values).values()].sort((a, b) => b.count - a.count);
  const m = values.length;
  const agreeingPairs = counts.reduce((sum, c) => sum + c.count * (c.count - 1), 0);
  const disagreement = m >= 2 ? 1 - agreeingPairs / (m * (m - 1)) : 0;
  const entropy = counts.reduce((h, c) => h - (c.count / m) * Math.log2(c.count / m), 0);
  const majority = counts.length && (counts.length === 1 || counts[0].count > counts[1].count) ? counts[0].value : null;
  return { unit, position, values: m, disagreement, entropy: entropy || 0, counts, majority };
}

// Differences below rounding noise are ties, so equal shares computed two ways still rank by the tie-breakers.
const byMore = (a: number, b: number) => (Math.abs(b - a) > 1e-12 ? b - a : 0);

/** Units with the most disagreement first; ties by higher entropy, then by unit order. */
export function rankDisagreement(ratings: readonly Rating[], options: RankOptions = {}): UnitDisagreement[] {
  checkRatings(ratings);
  const byUnit = groupByUnit(ratings);
  const order = [...new Set([...(options.unitOrder ?? []), ...byUnit.keys()])];
  return order
    .map((unit, position) => describeUnit(unit, position, byUnit.get(unit) ?? []))
    .sort((a, b) => byMore(a.disagreement, b.disagreement) || byMore(a.entropy, b.entropy) || a.position - b.position);
}

export type SentenceBounds = { id: string; start: number; end: number };

export type SpanAnnotation = { annotator: string; spans: readonly Span[] };

export type SentenceDisagreement = UnitDisagreement & {
  /** Annotators who marked a span in this sentence (the heat map). */
  marked: number;
};

/** The value of a sentence for an annotator who marked nothing in it. */
export const UNMARKED = 'unmarked';
/** The value of a sentence marked with an unlabelled span. */
export const MARKED = 'marked';

const shared = (a: Span, b: SentenceBounds) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Per sentence and annotator one value: the label of the annotator's span sharing the most
 * characters with the sentence (MARKED when unlabelled), or UNMARKED. Every annotator rates every
 * sentence, so a sentence half the class marked ranks high. Ordered as rankDisagreement.
 */
export function disagreementBySentence(sentences: readonly SentenceBounds[], annotations: readonly SpanAnnotation[]): SentenceDisagreement[] {
  const ratings: Rating[] = [];
  for (const { annotator, spans } of annotations) {
    for (const sentence of sentences) {
      let best: Span | null = null;
      for (const span of spans) if (shared(span, sentence) > (best ? shared(best, sentence) : 0)) best = span;
      ratings.push({ unit: sentence.id, annotator, value: best ? (best.label ?? MARKED) : UNMARKED });
    }
  }
  return rankDisagreement(ratings, { unitOrder: sentences.map((s) => s.id) }).map((u) => ({
    ...u,
    marked: u.counts.reduce((sum, c) => sum + (c.value === UNMARKED ? 0 : c.count), 0),
  }));
}
