import { describe, expect, it } from 'vitest';
import { matchSpans, spanJaccard } from './spans';

describe('matchSpans', () => {
  const reference = [{ start: 0, end: 10 }, { start: 20, end: 30 }, { start: 40, end: 50 }];

  it('exact: only identical bounds count', () => {
    const r = matchSpans(reference, [{ start: 0, end: 10 }, { start: 21, end: 30 }, { start: 60, end: 70 }], 'exact');
    expect(r).toMatchObject({ tp: 1, fp: 2, fn: 2, pairs: [[0, 0]] });
    expect(r.precision).toBeCloseTo(1 / 3, 12);
    expect(r.recall).toBeCloseTo(1 / 3, 12);
    expect(r.f1).toBeCloseTo(1 / 3, 12);
  });

  it('overlap: any shared character counts, one to one', () => {
    const r = matchSpans(reference, [{ start: 0, end: 10 }, { start: 21, end: 30 }, { start: 60, end: 70 }], 'overlap');
    expect(r).toMatchObject({ tp: 2, fp: 1, fn: 1, pairs: [[0, 0], [1, 1]] });
    expect(r.f1).toBeCloseTo(2 / 3, 12);
  });

  it('overlap is greedy by shared characters: the bigger overlap wins the reference span', () => {
    // Both predictions touch reference 0; the second shares 8 characters, the first 2.
    const r = matchSpans([{ start: 0, end: 10 }], [{ start: 8, end: 15 }, { start: 2, end: 10 }], 'overlap');
    expect(r.pairs).toEqual([[0, 1]]);
    expect(r).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('one long prediction covering two reference spans matches only one of them', () => {
    const r = matchSpans([{ start: 0, end: 10 }, { start: 12, end: 30 }], [{ start: 0, end: 30 }], 'overlap');
    expect(r).toMatchObject({ tp: 1, fp: 0, fn: 1, pairs: [[1, 0]] });
  });

  it('minJaccard drops pairs that overlap too little', () => {
    const predicted = [{ start: 5, end: 25 }];
    expect(spanJaccard({ start: 0, end: 10 }, predicted[0])).toBeCloseTo(5 / 25, 12);
    expect(matchSpans([{ start: 0, end: 10 }], predicted, 'overlap').tp).toBe(1);
    expect(matchSpans([{ start: 0, end: 10 }], predicted, 'overlap', { minJaccard: 0.5 }).tp).toBe(0);
  });

  it('touching spans share no character ([start, end) ranges)', () => {
    expect(matchSpans([{ start: 0, end: 10 }], [{ start: 10, end: 20 }], 'overlap').tp).toBe(0);
  });

  it('labels count only with compareLabels', () => {
    const ref = [{ start: 0, end: 10, label: 'quote' }];
    const pred = [{ start: 0, end: 10, label: 'factual' }];
    expect(matchSpans(ref, pred, 'exact').tp).toBe(1);
    expect(matchSpans(ref, pred, 'exact', { compareLabels: true }).tp).toBe(0);
    expect(matchSpans(ref, pred, 'overlap', { compareLabels: true }).tp).toBe(0);
  });

  it('duplicate predictions: the second identical span is a false positive', () => {
    expect(matchSpans([{ start: 0, end: 5 }], [{ start: 0, end: 5 }, { start: 0, end: 5 }], 'exact')).toMatchObject({ tp: 1, fp: 1 });
  });

  it('empty sides: nothing to find and nothing marked is perfect; otherwise 0', () => {
    expect(matchSpans([], [], 'overlap')).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(matchSpans(reference, [], 'overlap')).toMatchObject({ tp: 0, fn: 3, precision: 0, recall: 0, f1: 0 });
    expect(matchSpans([], reference, 'exact')).toMatchObject({ tp: 0, fp: 3, precision: 0, recall: 0, f1: 0 });
  });

  it('rejects spans that end before they start', () => {
    expect(() => matchSpans([{ start: 5, end: 2 }], [], 'exact')).toThrow(/reference span 0/);
    expect(() => matchSpans([], [{ start: -1, end: 2 }], 'overlap')).toThrow(/predicted span 0/);
  });
});
