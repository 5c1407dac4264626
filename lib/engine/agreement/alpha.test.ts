import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './alpha';
import { fromMatrix, krippendorffA, krippendorffC } from './test-data';

describe('krippendorffAlpha on Krippendorff (2011), example C (4 observers × 12 units, missing values)', () => {
  it('nominal: 1 − (n−1)·Σo_c≠k / Σn_c·n_k = 1 − 39·8/1216 ≈ 0.743', () => {
    const r = krippendorffAlpha(krippendorffC, 'nominal');
    // Unit 12 has a single value: it is not pairable, so 11 units and n = 40 values remain.
    expect(r).toMatchObject({ units: 11, annotators: 4, pairable: 40 });
    expect(r.observed).toBeCloseTo(8 / 40, 12);
    expect(r.expected).toBeCloseTo(1216 / (40 * 39), 12);
    expect(r.alpha).toBeCloseTo(1 - (39 * 8) / 1216, 12);
    expect(r.alpha!.toFixed(3)).toBe('0.743');
  });

  it('ordinal ≈ 0.815 and interval ≈ 0.849, as published', () => {
    expect(krippendorffAlpha(krippendorffC, 'ordinal').alpha!.toFixed(3)).toBe('0.815');
    expect(krippendorffAlpha(krippendorffC, 'interval').alpha!.toFixed(3)).toBe('0.849');
  });

  it('does not depend on the order of the ratings', () => {
    const shuffled = [...krippendorffC].reverse();
    expect(krippendorffAlpha(shuffled, 'ordinal').alpha).toBeCloseTo(krippendorffAlpha(krippendorffC, 'ordinal').alpha!, 12);
  });

  it('ordinal strings in a given order give the same alpha as the numbers', () => {
    const names = ['one', 'two', 'three', 'four', 'five'];
    const asWords = krippendorffC.map((r) => ({ ...r, value: names[(r.value as number) - 1] }));
    const shuffledOrder = krippendorffAlpha(asWords, 'ordinal', { order: names });
    expect(shuffledOrder.alpha).toBeCloseTo(krippendorffAlpha(krippendorffC, 'ordinal').alpha!, 12);
    // Nominal ignores order: words and numbers are just categories.
    expect(krippendorffAlpha(asWords, 'nominal').alpha).toBeCloseTo(1 - (39 * 8) / 1216, 12);
  });
});

describe('krippendorffAlpha, other cases', () => {
  it('example A (2 observers, binary): 1 − 19·4/(14·6) ≈ 0.095', () => {
    const r = krippendorffAlpha(krippendorffA, 'nominal');
    expect(r).toMatchObject({ units: 10, annotators: 2, pairable: 20 });
    expect(r.alpha).toBeCloseTo(1 - (19 * 4) / (14 * 6), 12);
  });

  it('perfect agreement with variation is 1; systematic disagreement goes below 0', () => {
    expect(krippendorffAlpha(fromMatrix({ A: ['x', 'y', 'x'], B: ['x', 'y', 'x'] }), 'nominal').alpha).toBe(1);
    expect(krippendorffAlpha(fromMatrix({ A: ['x', 'y'], B: ['y', 'x'] }), 'nominal').alpha).toBeLessThan(0);
  });

  it('one category only: Do = De = 0, alpha undefined (null, no-variation)', () => {
    const r = krippendorffAlpha(fromMatrix({ A: ['yes', 'yes', 'yes'], B: ['yes', 'yes', null] }), 'nominal');
    expect(r).toMatchObject({ alpha: null, reason: 'no-variation', units: 2, pairable: 4, observed: 0, expected: 0 });
  });

  it('a single annotator: nothing pairable (null, no-pairable-values)', () => {
    const r = krippendorffAlpha(fromMatrix({ A: [1, 2, 3] }), 'interval');
    expect(r).toEqual({ alpha: null, units: 0, annotators: 1, pairable: 0, observed: null, expected: null, reason: 'no-pairable-values' });
  });

  it('no overlap: two annotators on different units are not pairable', () => {
    const r = krippendorffAlpha(fromMatrix({ A: [1, 2, null, null], B: [null, null, 1, 2] }), 'nominal');
    expect(r).toMatchObject({ alpha: null, reason: 'no-pairable-values', annotators: 2, units: 0 });
  });

  it('no ratings at all', () => {
    expect(krippendorffAlpha([], 'ordinal')).toMatchObject({ alpha: null, units: 0, annotators: 0, reason: 'no-pairable-values' });
  });

  it('values only in unpairable units do not count as categories', () => {
    // "z" is only in a unit with one value: with it the data would look varied, without it there is one category.
    const r = krippendorffAlpha(fromMatrix({ A: ['x', 'x', 'z'], B: ['x', 'x', null] }), 'nominal');
    expect(r.reason).toBe('no-variation');
  });

  it('rejects what it cannot compute on', () => {
    expect(() => krippendorffAlpha(fromMatrix({ A: ['low', 1], B: [1, 1] }), 'ordinal')).toThrow(/all numbers or all strings/);
    expect(() => krippendorffAlpha(fromMatrix({ A: ['low', 'high'], B: ['low', 'mid'] }), 'ordinal', { order: ['low', 'high'] })).toThrow(/"mid"/);
    expect(() => krippendorffAlpha(fromMatrix({ A: ['1', '2'], B: ['1', '2'] }), 'interval')).toThrow(/numbers/);
    expect(() => krippendorffAlpha(fromMatrix({ A: [Number.NaN, 1], B: [1, 1] }), 'interval')).toThrow(/finite/);
    const twice = [...fromMatrix({ A: [1, 2], B: [1, 2] }), { unit: 'u1', annotator: 'A', value: 2 }];
    expect(() => krippendorffAlpha(twice, 'nominal')).toThrow(/A already rated unit u1/);
  });
});
