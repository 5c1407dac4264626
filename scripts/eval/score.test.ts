import { describe, expect, it } from 'vitest';
import type { DevItem, GoldClaim } from './dev-set.ts';
import { computeMetrics } from './report.ts';
import { type PredictedClaim, computePrf, mergeSummaries, scoreItem } from './score.ts';

const FIRST = 'Die NATO verlegt rund 2.500 Soldaten nach Litauen.';
const SECOND = 'Der Minister sagte, er werde nicht zurücktreten.';
const TEXT = `${FIRST} ${SECOND}`;

function gold(quote: string, overrides: Partial<GoldClaim> = {}): GoldClaim {
  return { quote, kind: 'factual', speaker: null, hedged: false, negated: false, quantities: [], ...overrides };
}

function predicted(quote: string, overrides: Partial<PredictedClaim> = {}, text = TEXT): PredictedClaim {
  const start = text.indexOf(quote);
  return {
    start,
    end: start + quote.length,
    kind: 'factual',
    speaker: null,
    hedged: false,
    negated: false,
    quantities: [],
    ...overrides,
  };
}

const item: DevItem = {
  id: 'de-900',
  lang: 'de',
  domain: 'politics',
  text: TEXT,
  claims: [
    gold(FIRST, { quantities: [{ value: 2500, qualifier: 'about', unit: 'Soldaten' }] }),
    gold(SECOND, { kind: 'reported', speaker: 'Minister', negated: true }),
  ],
};

describe('scoreItem', () => {
  it('counts a perfect prediction as all correct', () => {
    const { summary, issues } = scoreItem(item, [
      predicted(FIRST, { quantities: [{ value: 2500, qualifier: 'about', unit: 'Soldaten' }] }),
      predicted(SECOND, { kind: 'reported', speaker: 'Der Minister', negated: true }),
    ]);
    expect(summary.detection).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(summary.byKind.reported).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(summary.speaker).toEqual({ total: 2, correct: 2, named: 1, namedCorrect: 1 });
    expect(summary.negated).toMatchObject({ total: 2, correct: 2, tp: 1 });
    expect(summary.quantities).toMatchObject({ gold: 1, valueMatched: 1, qualifierCorrect: 1, unitCorrect: 1 });
    expect(issues).toEqual([]);
  });

  it('counts a kind mismatch as detected but wrong per kind', () => {
    const { summary, issues } = scoreItem(item, [
      predicted(FIRST),
      predicted(SECOND, { kind: 'factual', speaker: 'Minister', negated: true }),
    ]);
    expect(summary.detection).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(summary.byKind.reported).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(summary.byKind.factual).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(issues.map((issue) => issue.type).sort()).toEqual(['kind', 'quantity-missed']);
  });

  it('counts missing and spurious claims', () => {
    const { summary, issues } = scoreItem(item, [predicted('Litauen.', { kind: 'evaluative' })]);
    expect(summary.detection).toEqual({ tp: 0, fp: 1, fn: 2 });
    expect(summary.byKind.evaluative.fp).toBe(1);
    expect(summary.byKind.factual.fn).toBe(1);
    expect(issues.filter((issue) => issue.type === 'missed')).toHaveLength(2);
    expect(issues.find((issue) => issue.type === 'spurious')?.detail).toContain('Litauen.');
  });

  it('matches a claim whose span is only the quoted words inside the gold sentence', () => {
    const text = 'Trainer Jens Hoffmann sagte nach dem Spiel: „Wir haben heute nicht unser bestes Gesicht gezeigt.“';
    const quoteItem: DevItem = {
      ...item,
      text,
      claims: [gold(text, { kind: 'quote', speaker: 'Jens Hoffmann', negated: true })],
    };
    const inner = 'Wir haben heute nicht unser bestes Gesicht gezeigt.';
    const { summary } = scoreItem(quoteItem, [
      predicted(inner, { kind: 'quote', speaker: 'Trainer Jens Hoffmann', negated: true }, text),
    ]);
    expect(summary.detection.tp).toBe(1);
    expect(summary.speaker.correct).toBe(1);
  });

  it('scores wrong speaker, hedge and negation flags', () => {
    const { summary } = scoreItem(item, [
      predicted(FIRST, { hedged: true, quantities: [{ value: 2500, qualifier: 'about', unit: 'Soldaten' }] }),
      predicted(SECOND, { kind: 'reported', speaker: 'er', negated: false }),
    ]);
    expect(summary.speaker).toEqual({ total: 2, correct: 1, named: 1, namedCorrect: 0 });
    expect(summary.hedged).toEqual({ total: 2, correct: 1, tp: 0, fp: 1, fn: 0 });
    expect(summary.negated).toEqual({ total: 2, correct: 1, tp: 0, fp: 0, fn: 1 });
  });

  it('scores quantity qualifier, unit and false positives separately', () => {
    const { summary, issues } = scoreItem(item, [
      predicted(FIRST, {
        quantities: [
          { value: 2500, qualifier: 'exact', unit: 'Menschen' },
          { value: 2024, qualifier: 'exact', unit: null },
        ],
      }),
    ]);
    expect(summary.quantities).toEqual({
      gold: 1,
      predicted: 2,
      valueMatched: 1,
      qualifierCorrect: 0,
      unitTotal: 1,
      unitCorrect: 0,
      falsePositive: 1,
    });
    expect(issues.map((issue) => issue.type).sort()).toEqual(['missed', 'qualifier', 'quantity-spurious', 'unit']);
  });

  it('marks non-claim items that received predictions', () => {
    const nonClaim: DevItem = { ...item, text: 'Foto: dpa', claims: [] };
    const { summary } = scoreItem(nonClaim, [{ ...predicted('Foto: dpa', {}, 'Foto: dpa') }]);
    expect(summary.nonClaimItems).toBe(1);
    expect(summary.nonClaimItemsWithPredictions).toBe(1);
    expect(summary.detection.fp).toBe(1);
  });

  it('throws when a gold quote is not in the text', () => {
    expect(() => scoreItem({ ...item, claims: [gold('nicht im Text')] }, [])).toThrow(/not found/);
  });
});

describe('aggregation and metrics', () => {
  it('adds summaries and computes precision, recall and F1', () => {
    const perfect = scoreItem(item, [
      predicted(FIRST, { quantities: [{ value: 2500, qualifier: 'about', unit: 'Soldaten' }] }),
      predicted(SECOND, { kind: 'reported', speaker: 'Minister', negated: true }),
    ]).summary;
    const empty = scoreItem(item, []).summary;
    const total = mergeSummaries([perfect, empty]);
    expect(total.items).toBe(2);
    expect(total.detection).toEqual({ tp: 2, fp: 0, fn: 2 });
    const metrics = computeMetrics(total);
    expect(metrics.detection.precision).toBe(1);
    expect(metrics.detection.recall).toBe(0.5);
    expect(metrics.detection.f1).toBeCloseTo(2 / 3, 10);
    expect(metrics.quantities.valueRecall).toBe(1);
    expect(metrics.byKind.quote.f1).toBeNull();
  });

  it('returns null where nothing was predicted or expected', () => {
    expect(computePrf({ tp: 0, fp: 0, fn: 3 })).toEqual({ precision: null, recall: 0, f1: null });
    expect(computePrf({ tp: 0, fp: 2, fn: 2 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
