import { describe, expect, it } from 'vitest';
import { cohenKappa, pairwiseKappa } from './kappa';
import { fromMatrix, krippendorffA, krippendorffC } from './test-data';

/** Two raters' lists from a 2×2 table: yes/yes, A yes B no, A no B yes, no/no. */
function fromTable(yy: number, yn: number, ny: number, nn: number) {
  const cells: [string, string, number][] = [['yes', 'yes', yy], ['yes', 'no', yn], ['no', 'yes', ny], ['no', 'no', nn]];
  const pairs = cells.flatMap(([a, b, count]) => Array.from({ length: count }, () => [a, b] as const));
  return { a: pairs.map(([a]) => a), b: pairs.map(([, b]) => b) };
}

describe('cohenKappa', () => {
  // Wikipedia, "Cohen's kappa", worked example: 50 grant proposals read by two readers.
  it('20/5/10/15: p_o = 0.7, p_e = 0.5, kappa = 0.4', () => {
    const { a, b } = fromTable(20, 5, 10, 15);
    const r = cohenKappa(a, b);
    expect(r.n).toBe(50);
    expect(r.observed).toBeCloseTo(0.7, 12);
    expect(r.expected).toBeCloseTo(0.5, 12);
    expect(r.kappa).toBeCloseTo(0.4, 12);
  });

  // Same article: equal p_o = 0.6, different marginals, different kappa.
  it('45/15/25/15 gives 0.1304 and 25/35/5/35 gives 0.2593', () => {
    const t1 = fromTable(45, 15, 25, 15);
    const t2 = fromTable(25, 35, 5, 35);
    expect(cohenKappa(t1.a, t1.b).kappa!.toFixed(4)).toBe('0.1304');
    expect(cohenKappa(t2.a, t2.b).kappa!.toFixed(4)).toBe('0.2593');
  });

  it('skips positions either rater left empty', () => {
    const r = cohenKappa(['x', null, 'y', 'x', undefined], ['x', 'y', 'y', null, 'x']);
    expect(r).toMatchObject({ n: 2, observed: 1, kappa: 1 });
  });

  it('one category used by both: p_e = 1, kappa undefined', () => {
    expect(cohenKappa(['a', 'a', 'a'], ['a', 'a', 'a'])).toMatchObject({ kappa: null, n: 3, observed: 1, expected: 1, reason: 'no-variation' });
  });

  it('no position rated by both: n = 0, kappa undefined', () => {
    expect(cohenKappa(['a', null], [null, 'b'])).toEqual({ kappa: null, n: 0, observed: 0, expected: 0, reason: 'no-pairable-values' });
  });

  it('lists of different length are an error', () => {
    expect(() => cohenKappa(['a'], ['a', 'b'])).toThrow(/differ in length/);
  });
});

describe('pairwiseKappa', () => {
  it('example A of Krippendorff (2011): p_o = 0.6, p_e = 0.56, kappa = 0.04/0.44', () => {
    const [pair, ...rest] = pairwiseKappa(krippendorffA);
    expect(rest).toHaveLength(0);
    expect(pair).toMatchObject({ a: 'A', b: 'B', n: 10 });
    expect(pair.kappa).toBeCloseTo(0.04 / 0.44, 12);
  });

  it('every pair in first-seen order, over the units both rated', () => {
    const pairs = pairwiseKappa(krippendorffC);
    expect(pairs.map(({ a, b, n }) => [a, b, n])).toEqual([
      ['A', 'B', 9], ['A', 'C', 8], ['A', 'D', 9], ['B', 'C', 9], ['B', 'D', 10], ['C', 'D', 10],
    ]);
    // B and D differ only on unit 6 (2 vs 4).
    expect(pairs[4].observed).toBeCloseTo(9 / 10, 12);
  });

  it('a single annotator has no pairs; disjoint annotators have n = 0', () => {
    expect(pairwiseKappa(fromMatrix({ A: [1, 2] }))).toEqual([]);
    expect(pairwiseKappa(fromMatrix({ A: [1, null], B: [null, 1] }))[0]).toMatchObject({ n: 0, kappa: null });
  });
});
