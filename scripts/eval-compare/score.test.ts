import { describe, expect, it } from 'vitest';
import { loadPairs, pairSchema, PAIR_SETS, type EvalPair } from './pairs';
import { formatTotals, scorePair, sumScores, type RowForScoring } from './score';

const pair: EvalPair = pairSchema.parse({
  id: 'p',
  domain: 'transport',
  left: { title: 'L', published: '2019', lang: 'de', text: 'Die Stadt hat 120 Busse. Die Anwohner begrüßen den Plan.' },
  right: { title: 'R', published: '2023', lang: 'de', text: 'Es fahren 145 Fahrzeuge. Die Anwohner lehnen das Vorhaben ab.' },
  gold: [
    { relation: 'number-changed', from: 120, to: 145, left: '120 Busse', right: '145 Fahrzeuge' },
    { relation: 'contradict', left: 'begrüßen den Plan', right: 'lehnen das Vorhaben ab' },
  ],
});

const span = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
const bus = { l: span(pair.left.text, 'Die Stadt hat 120 Busse.'), r: span(pair.right.text, 'Es fahren 145 Fahrzeuge.') };
const plan = { l: span(pair.left.text, 'Die Anwohner begrüßen den Plan.'), r: span(pair.right.text, 'Die Anwohner lehnen das Vorhaben ab.') };

describe('scorePair', () => {
  it('finds gold items by relation, values and overlapping claim spans', () => {
    const rows: RowForScoring[] = [
      { relation: 'number-changed', label: 'Busse', left: [bus.l], right: [bus.r], change: { from: { value: 120, span: bus.l }, to: { value: 145, span: bus.r } } },
      { relation: 'contradict', label: 'Plan', left: [plan.l], right: [plan.r] },
      { relation: 'related', label: 'x', left: [plan.l], right: [bus.r] },
    ];
    const s = scorePair(pair, rows);
    expect(s.byKind['number-changed']).toEqual({ gold: 1, found: 1 });
    expect(s.byKind.contradict).toEqual({ gold: 1, found: 1 });
    expect(s).toMatchObject({ proposed: 2, correct: 2, related: 1, misses: [], wrong: [] });
  });

  it('counts a row with the wrong values or the wrong claims as wrong, and the gold item as missed', () => {
    const rows: RowForScoring[] = [
      { relation: 'number-changed', label: 'Busse', left: [bus.l], right: [bus.r], change: { from: { value: 120, span: bus.l }, to: { value: 150, span: bus.r } } },
      { relation: 'contradict', label: 'Plan', left: [bus.l], right: [plan.r] },
    ];
    const s = scorePair(pair, rows);
    expect(s).toMatchObject({ proposed: 2, correct: 0 });
    expect(s.misses).toHaveLength(2);
    const totals = sumScores([s]);
    expect(formatTotals('t', totals)).toMatch(/row precision\s+0\.0%/);
  });
});

describe('the shipped pair sets', () => {
  it.each(Object.entries(PAIR_SETS))('%s: every file parses and every quote occurs exactly once', (_name, dir) => {
    const pairs = loadPairs(dir);
    expect(pairs.length).toBeGreaterThanOrEqual(9);
    for (const p of pairs) expect(p.left.published < p.right.published, p.id).toBe(true);
  });
});
