// Krippendorff's alpha from the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
// Alpha-Reliability"): alpha = 1 − Do/De, with Do = Σ o_ck δ²_ck / n and De = Σ n_c n_k δ²_ck / (n(n−1)).
import { annotatorsOf, checkRatings, countValues, groupByUnit, valueKey } from './ratings';
import { AgreementError, type AlphaOptions, type AlphaResult, type Level, type Rating, type RatingValue } from './types';

type Category = { key: string; value: RatingValue };

// Categories in the order the metric needs: ordinal by rank, interval by value, nominal first-seen.
function orderCategories(values: readonly RatingValue[], level: Level, order: readonly string[] | undefined): Category[] {
  const distinct = [...countValues(values).values()].map(({ value }) => ({ key: valueKey(value), value }));
  if (level === 'nominal') return distinct;
  const numbers = distinct.filter((c) => typeof c.value === 'number');
  if (level === 'interval' && numbers.length < distinct.length) {
    throw new AgreementError('BAD_VALUE', 'interval values must be numbers');
  }
  if (numbers.length === distinct.length) return numbers.sort((a, b) => (a.value as number) - (b.value as number));
  if (numbers.length > 0) throw new AgreementError('MIXED_VALUES', 'ordinal values must be all numbers or all strings');
  if (!order) return distinct;
  const rank = new Map(order.map((v, i) => [v, i]));
  const unknown = distinct.find((c) => !rank.has(c.value as string));
  if (unknown) throw new AgreementError('UNKNOWN_ORDER_VALUE', `value "${String(unknown.value)}" is not in the given order`);
  return distinct.sort((a, b) => rank.get(a.value as string)! - rank.get(b.value as string)!);
}

/** δ²(c, k) for categories by index, given the marginals n_c (used by the ordinal metric). */
function differenceFunction(level: Level, categories: readonly Category[], marginals: readonly number[]): (c: number, k: number) => number {
  if (level === 'nominal') return (c, k) => (c === k ? 0 : 1);
  if (level === 'interval') return (c, k) => ((categories[c].value as number) - (categories[k].value as number)) ** 2;
  // Ordinal: (Σ_{g=c..k} n_g − (n_c + n_k)/2)², the rank distance in pairable values.
  const cumulative = marginals.reduce<number[]>((acc, n) => [...acc, (acc.at(-1) ?? 0) + n], []);
  return (c, k) => {
    const [lo, hi] = c <= k ? [c, k] : [k, c];
    const between = cumulative[hi] - (lo > 0 ? cumulative[lo - 1] : 0);
    return (between - (marginals[lo] + marginals[hi]) / 2) ** 2;
  };
}

/** o_ck: each unit adds n_uc·n_uk/(m_u−1) (c≠k) and n_uc(n_uc−1)/(m_u−1) (c=k). */
function coincidences(units: readonly RatingValue[][], index: Map<string, number>): number[][] {
  const size = index.size;
  const o = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const values of units) {
    const m = values.length;
    const counts = [...countValues(values).values()].map(({ value, count }) => ({ i: index.get(valueKey(value))!, count }));
    for (const a of counts) {
      for (const b of counts) o[a.i][b.i] += (a === b ? a.count * (a.count - 1) : a.count * b.count) / (m - 1);
    }
  }
  return o;
}

/**
 * Krippendorff's alpha over the units with ≥ 2 values. Undefined (alpha null, with a reason) when
 * no unit has two values, and when all pairable values are equal (Do = De = 0: no variation to be
 * reliable about; some software reports 1 here, we do not).
 */
export function krippendorffAlpha(ratings: readonly Rating[], level: Level, options: AlphaOptions = {}): AlphaResult {
  checkRatings(ratings);
  const units = [...groupByUnit(ratings).values()].filter((values) => values.length >= 2);
  const annotators = annotatorsOf(ratings).length;
  const pairable = units.reduce((sum, values) => sum + values.length, 0);
  const categories = orderCategories(units.flat(), level, options.order);
  const base = { units: units.length, annotators, pairable };
  if (pairable === 0) return { ...base, alpha: null, observed: null, expected: null, reason: 'no-pairable-values' };

  const index = new Map(categories.map((c, i) => [c.key, i]));
  const o = coincidences(units, index);
  const marginals = o.map((row) => row.reduce((a, b) => a + b, 0));
  const delta = differenceFunction(level, categories, marginals);
  let observedSum = 0;
  let expectedSum = 0;
  for (let c = 0; c < categories.length; c++) {
    for (let k = 0; k < categories.length; k++) {
      const d = delta(c, k);
      observedSum += o[c][k] * d;
      expectedSum += marginals[c] * marginals[k] * d;
    }
  }
  const observed = observedSum / pairable;
  const expected = expectedSum / (pairable * (pairable - 1));
  if (expected === 0) return { ...base, alpha: null, observed, expected, reason: 'no-variation' };
  return { ...base, alpha: 1 - observed / expected, observed, expected };
}
