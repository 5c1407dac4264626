import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './alpha';
import { fieldRatings, scoreAgainstReference, type AnnotatedSpan } from './reference-scores';

const reference: AnnotatedSpan[] = [
  { start: 0, end: 40, fields: { kind: 'quote', speaker: 'Jane Porter', hedged: false } },
  { start: 50, end: 90, fields: { kind: 'factual', speaker: null, hedged: true } },
  { start: 100, end: 130, fields: { kind: 'prediction', speaker: 'City council', hedged: false, 'stance:t1': 'against' } },
];

describe('scoreAgainstReference', () => {
  const students = [
    // All three found exactly, one kind wrong, speaker written differently (still right).
    {
      student: 'ana',
      spans: [
        { start: 0, end: 40, fields: { kind: 'quote', speaker: ' jane  porter', hedged: false } },
        { start: 50, end: 90, fields: { kind: 'evaluative', speaker: null, hedged: true } },
        { start: 100, end: 130, fields: { kind: 'prediction', speaker: 'City Council', hedged: false, 'stance:t1': 'against' } },
      ],
    },
    // Two found with loose bounds, one extra span, hedged left empty on one.
    {
      student: 'ben',
      spans: [
        { start: 5, end: 45, fields: { kind: 'quote', speaker: 'Porter', hedged: false } },
        { start: 95, end: 125, fields: { kind: 'prediction', speaker: 'City council', 'stance:t1': 'support' } },
        { start: 200, end: 210, fields: { kind: 'factual' } },
      ],
    },
    { student: 'cem', spans: [] },
  ];
  const [ana, ben, cem] = scoreAgainstReference({ reference, students });

  it('span F1, exact and overlap', () => {
    expect(ana.exact).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
    expect(ben.exact).toMatchObject({ tp: 0, fp: 3, fn: 3, f1: 0 });
    expect(ben.overlap).toMatchObject({ tp: 2, fp: 1, fn: 1, pairs: [[0, 0], [2, 1]] });
    expect(ben.overlap.f1).toBeCloseTo(2 / 3, 12);
    expect(cem.overlap).toMatchObject({ tp: 0, fn: 3, recall: 0, f1: 0 });
  });

  it('field accuracy on matched spans only; strings compare case- and space-insensitively', () => {
    const byField = (s: typeof ana) => Object.fromEntries(s.fields.map((f) => [f.field, [f.correct, f.compared]]));
    expect(ana.fields.map((f) => f.field)).toEqual(['kind', 'speaker', 'hedged', 'stance:t1']);
    expect(byField(ana)).toEqual({ kind: [2, 3], speaker: [3, 3], hedged: [3, 3], 'stance:t1': [1, 1] });
    // ben: speaker "Porter" ≠ "Jane Porter"; hedged missing on the second match counts as wrong.
    expect(byField(ben)).toEqual({ kind: [2, 2], speaker: [1, 2], hedged: [1, 2], 'stance:t1': [0, 1] });
    expect(ben.mismatches).toContainEqual({ refIndex: 2, predIndex: 1, field: 'hedged', expected: false, actual: undefined });
    expect(cem.fields.every((f) => f.compared === 0 && f.accuracy === null)).toBe(true);
  });

  it('fieldsOn exact scores fields only on exact matches', () => {
    const [, benExact] = scoreAgainstReference({ reference, students, fieldsOn: 'exact', fields: ['kind'] });
    expect(benExact.fields).toEqual([{ field: 'kind', compared: 0, correct: 0, accuracy: null }]);
  });

  it('a student listed twice is an error', () => {
    expect(() => scoreAgainstReference({ reference, students: [students[0], students[0]] })).toThrow(/twice/);
  });

  it('fieldRatings gives one unit per reference span for alpha over the class', () => {
    const ratings = fieldRatings({ reference, students }, 'hedged');
    expect(ratings).toEqual([
      { unit: 'ref:0', annotator: 'ana', value: 'false' },
      { unit: 'ref:1', annotator: 'ana', value: 'true' },
      { unit: 'ref:2', annotator: 'ana', value: 'false' },
      { unit: 'ref:0', annotator: 'ben', value: 'false' },
    ]);
    expect(fieldRatings({ reference, students }, 'speaker').filter((r) => r.unit === 'ref:1')).toEqual([{ unit: 'ref:1', annotator: 'ana', value: 'none' }]);
    expect(krippendorffAlpha(fieldRatings({ reference, students }, 'kind'), 'nominal').units).toBe(2);
  });
});
