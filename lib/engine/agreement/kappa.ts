// Cohen's kappa (1960): (p_o − p_e) / (1 − p_e), with p_e from each annotator's own marginals.
import { annotatorsOf, checkRatings, valueKey } from './ratings';
import { AgreementError, type KappaResult, type PairKappa, type Rating, type RatingValue } from './types';

type Rated = RatingValue | null | undefined;

const share = (counts: Map<string, number>, key: string, n: number) => (counts.get(key) ?? 0) / n;

/** Kappa over the positions both annotators rated (null/undefined = not rated); nominal categories. */
export function cohenKappa(a: readonly Rated[], b: readonly Rated[]): KappaResult {
  if (a.length !== b.length) throw new AgreementError('LENGTH_MISMATCH', `the two lists differ in length (${a.length} and ${b.length})`);
  const countsA = new Map<string, number>();
  const countsB = new Map<string, number>();
  let n = 0;
  let agreed = 0;
  a.forEach((va, i) => {
    const vb = b[i];
    if (va === null || va === undefined || vb === null || vb === undefined) return;
    for (const v of [va, vb]) {
      if (typeof v === 'number' && !Number.isFinite(v)) throw new AgreementError('BAD_VALUE', `position ${i}: value must be a finite number or a string`);
    }
    const [ka, kb] = [valueKey(va), valueKey(vb)];
    countsA.set(ka, (countsA.get(ka) ?? 0) + 1);
    countsB.set(kb, (countsB.get(kb) ?? 0) + 1);
    n += 1;
    if (ka === kb) agreed += 1;
  });
  if (n === 0) return { kappa: null, n, observed: 0, expected: 0, reason: 'no-pairable-values' };
  const observed = agreed / n;
  let expected = 0;
  for (const key of countsA.keys()) expected += share(countsA, key, n) * share(countsB, key, n);
  // Both annotators used one and the same category throughout: 0/0.
  if (expected === 1) return { kappa: null, n, observed, expected, reason: 'no-variation' };
  return { kappa: (observed - expected) / (1 - expected), n, observed, expected };
}

/** Kappa for every pair of annotators (first-seen order, a before b) over the units both rated. */
export function pairwiseKappa(ratings: readonly Rating[]): PairKappa[] {
  checkRatings(ratings);
  const annotators = annotatorsOf(ratings);
  const units = [...new Set(ratings.map((r) => r.unit))];
  const byAnnotator = new Map(annotators.map((name) => [name, new Map<string, RatingValue>()]));
  for (const r of ratings) byAnnotator.get(r.annotator)!.set(r.unit, r.value);
  const pairs: PairKappa[] = [];
  annotators.forEach((a, i) => {
    for (const b of annotators.slice(i + 1)) {
      const [ra, rb] = [byAnnotator.get(a)!, byAnnotator.get(b)!];
      pairs.push({ a, b, ...cohenKappa(units.map((u) => ra.get(u)), units.map((u) => rb.get(u))) });
    }
  });
  return pairs;
}
