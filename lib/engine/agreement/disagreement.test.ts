import { describe, expect, it } from 'vitest';
import { disagreementBySentence, MARKED, rankDisagreement, UNMARKED } from './disagreement';
import { fromMatrix } from './test-data';

describe('rankDisagreement', () => {
  // Five students rate four sentences (u1–u4); one sentence is rated by a single student.
  const ratings = fromMatrix({
    s1: ['quote', 'factual', 'factual', 'prediction'],
    s2: ['quote', 'factual', 'evaluative', null],
    s3: ['quote', 'evaluative', 'factual', null],
    s4: ['quote', 'factual', 'prediction', null],
    s5: ['quote', 'evaluative', 'evaluative', null],
  });

  it('most disagreement first: share of disagreeing pairs, ties by entropy then unit order', () => {
    const ranked = rankDisagreement(ratings);
    expect(ranked.map((u) => u.unit)).toEqual(['u3', 'u2', 'u1', 'u4']);
    const [u3, u2, u1, u4] = ranked;
    // u3: factual 2, evaluative 2, prediction 1 → agreeing ordered pairs 2+2 = 4 of 20.
    expect(u3.disagreement).toBeCloseTo(1 - 4 / 20, 12);
    // u2: factual 3, evaluative 2 → (6 + 2) / 20 agree.
    expect(u2.disagreement).toBeCloseTo(1 - 8 / 20, 12);
    expect(u2.counts).toEqual([{ value: 'factual', count: 3 }, { value: 'evaluative', count: 2 }]);
    expect(u2.majority).toBe('factual');
    expect(u3.majority).toBeNull();
    expect(u1).toMatchObject({ disagreement: 0, entropy: 0, majority: 'quote', values: 5 });
    expect(u4).toMatchObject({ disagreement: 0, values: 1, position: 3 });
  });

  it('equal disagreement: higher entropy first, then document order', () => {
    // Both units have 2 values that differ (disagreement 1, entropy 1): order by position.
    const ranked = rankDisagreement(fromMatrix({ a: ['x', 'x'], b: ['y', 'y'] }), { unitOrder: ['u0', 'u1', 'u2'] });
    expect(ranked.map((u) => [u.unit, u.position, u.values])).toEqual([['u1', 1, 2], ['u2', 2, 2], ['u0', 0, 0]]);
    // u1 = x,x,y (3 values) and u2 = x,x,y,y (4 values): both 2/3 of the pairs disagree, u2 has the higher entropy.
    const tie = rankDisagreement(fromMatrix({ a: ['x', 'x'], b: ['x', 'x'], c: ['y', 'y'], d: [null, 'y'] }));
    expect(tie[0].disagreement).toBeCloseTo(tie[1].disagreement, 12);
    expect(tie.map((u) => u.unit)).toEqual(['u2', 'u1']);
    expect(tie[0].entropy).toBeCloseTo(1, 12);
  });
});

describe('disagreementBySentence', () => {
  const sentences = [
    { id: 's1', start: 0, end: 50 },
    { id: 's2', start: 51, end: 100 },
    { id: 's3', start: 101, end: 150 },
  ];
  const annotations = [
    { annotator: 'ana', spans: [{ start: 0, end: 50 }, { start: 60, end: 90 }] },
    { annotator: 'ben', spans: [{ start: 10, end: 40 }] },
    { annotator: 'cem', spans: [{ start: 5, end: 45 }, { start: 110, end: 140, label: 'prediction' }] },
    { annotator: 'dan', spans: [{ start: 0, end: 49 }, { start: 55, end: 95 }] },
  ];

  it('each student rates every sentence: marked (or the span label) vs unmarked', () => {
    const ranked = disagreementBySentence(sentences, annotations);
    // s2: 2 marked, 2 not (disagreement 2/3); s3: 1 of 4 (1/2); s1: everyone (0).
    expect(ranked.map((s) => [s.unit, s.marked, s.values])).toEqual([['s2', 2, 4], ['s3', 1, 4], ['s1', 4, 4]]);
    expect(ranked[0].disagreement).toBeCloseTo(1 - 4 / 12, 12);
    expect(ranked[1].counts).toEqual([{ value: UNMARKED, count: 3 }, { value: 'prediction', count: 1 }]);
    expect(ranked[2].majority).toBe(MARKED);
  });

  it('a span over two sentences marks both', () => {
    const [only] = disagreementBySentence(sentences.slice(0, 2), [{ annotator: 'ana', spans: [{ start: 30, end: 70 }] }]).filter((s) => s.unit === 's2');
    expect(only.marked).toBe(1);
  });
});
