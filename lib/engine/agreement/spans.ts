// Span matching for claim marking: which predicted spans hit which reference spans, one to one.
import { AgreementError, type MatchOptions, type Span, type SpanMatch, type SpanMode } from './types';

function checkSpans(spans: readonly Span[], side: string): void {
  spans.forEach((s, i) => {
    if (!Number.isFinite(s.start) || !Number.isFinite(s.end) || s.start < 0 || s.end < s.start) {
      throw new AgreementError('BAD_SPAN', `${side} span ${i}: needs 0 ≤ start ≤ end (got ${s.start}–${s.end})`);
    }
  });
}

const overlapOf = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** |A∩B| / |A∪B| of two character ranges. */
export function spanJaccard(a: Span, b: Span): number {
  const shared = overlapOf(a, b);
  const union = a.end - a.start + (b.end - b.start) - shared;
  return union > 0 ? shared / union : 0;
}

const labelsAgree = (a: Span, b: Span, options: MatchOptions) => !options.compareLabels || (a.label ?? null) === (b.label ?? null);

function exactPairs(reference: readonly Span[], predicted: readonly Span[], options: MatchOptions): [number, number][] {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  reference.forEach((r, ri) => {
    const pi = predicted.findIndex((p, i) => !used.has(i) && p.start === r.start && p.end === r.end && labelsAgree(r, p, options));
    if (pi >= 0) {
      used.add(pi);
      pairs.push([ri, pi]);
    }
  });
  return pairs;
}

// Greedy: the pair sharing the most characters first (then higher Jaccard, then document order).
function overlapPairs(reference: readonly Span[], predicted: readonly Span[], options: MatchOptions): [number, number][] {
  const minJaccard = options.minJaccard ?? 0;
  const candidates: { ri: number; pi: number; shared: number; jaccard: number }[] = [];
  reference.forEach((r, ri) =>
    predicted.forEach((p, pi) => {
      const shared = overlapOf(r, p);
      const jaccard = spanJaccard(r, p);
      if (shared > 0 && jaccard >= minJaccard && labelsAgree(r, p, options)) candidates.push({ ri, pi, shared, jaccard });
    }),
  );
  candidates.sort((x, y) => y.shared - x.shared || y.jaccard - x.jaccard || x.ri - y.ri || x.pi - y.pi);
  const [usedRef, usedPred] = [new Set<number>(), new Set<number>()];
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedRef.has(c.ri) || usedPred.has(c.pi)) continue;
    usedRef.add(c.ri);
    usedPred.add(c.pi);
    pairs.push([c.ri, c.pi]);
  }
  return pairs.sort((x, y) => x[0] - y[0]);
}

// 0/0 is 1 only when both sides are empty (nothing to find, nothing marked), else 0.
const ratio = (num: number, den: number, bothEmpty: boolean) => (den > 0 ? num / den : bothEmpty ? 1 : 0);

/**
 * One-to-one matching. exact: same start and end. overlap: greedy by shared characters, each pair
 * sharing at least one character and reaching `minJaccard`. Precision/recall/F1 over the pairs.
 */
export function matchSpans(reference: readonly Span[], predicted: readonly Span[], mode: SpanMode, options: MatchOptions = {}): SpanMatch {
  checkSpans(reference, 'reference');
  checkSpans(predicted, 'predicted');
  const pairs = mode === 'exact' ? exactPairs(reference, predicted, options) : overlapPairs(reference, predicted, options);
  const tp = pairs.length;
  const fp = predicted.length - tp;
  const fn = reference.length - tp;
  const bothEmpty = reference.length === 0 && predicted.length === 0;
  const precision = ratio(tp, tp + fp, bothEmpty);
  const recall = ratio(tp, tp + fn, bothEmpty);
  const f1 = ratio(2 * precision * recall, precision + recall, bothEmpty);
  return { tp, fp, fn, precision, recall, f1, pairs };
}
