// Grouping and checking ratings, shared by alpha, kappa and the disagreement ranking.
import { AgreementError, type Rating, type RatingValue } from './types';

/** 1 and "1" are different categories: the key keeps the type. */
export const valueKey = (value: RatingValue): string => (typeof value === 'number' ? `n:${value}` : `s:${value}`);

/** Rejects what no statistic can use: non-finite numbers and a second value by one annotator for one unit. */
export function checkRatings(ratings: readonly Rating[]): void {
  const seen = new Set<string>();
  ratings.forEach((r, i) => {
    if (typeof r.value === 'number' && !Number.isFinite(r.value)) {
      throw new AgreementError('BAD_VALUE', `rating ${i}: value must be a finite number or a string`);
    }
    const key = JSON.stringify([r.unit, r.annotator]);
    if (seen.has(key)) throw new AgreementError('DUPLICATE_RATING', `rating ${i}: ${r.annotator} already rated unit ${r.unit}`);
    seen.add(key);
  });
}

/** Values per unit, units in first-seen order. */
export function groupByUnit(ratings: readonly Rating[]): Map<string, RatingValue[]> {
  const units = new Map<string, RatingValue[]>();
  for (const r of ratings) {
    const values = units.get(r.unit);
    if (values) values.push(r.value);
    else units.set(r.unit, [r.value]);
  }
  return units;
}

/** Distinct annotators in first-seen order. */
export const annotatorsOf = (ratings: readonly Rating[]): string[] => [...new Set(ratings.map((r) => r.annotator))];

/** Counts per value key, in first-seen order, with one representative value each. */
export function countValues(values: readonly RatingValue[]): Map<string, { value: RatingValue; count: number }> {
  const counts = new Map<string, { value: RatingValue; count: number }>();
  for (const value of values) {
    const key = valueKey(value);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { value, count: 1 });
  }
  return counts;
}
