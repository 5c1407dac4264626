import { describe, expect, it } from 'vitest';
import {
  isSameSpeaker,
  isSameUnit,
  isSpanMatch,
  isValueMatch,
  matchQuantities,
  matchSpans,
  normalizeSpeaker,
} from './match.ts';

describe('isSpanMatch', () => {
  const gold = { start: 0, end: 100 };

  it('accepts a prediction covering at least half of the gold span', () => {
    expect(isSpanMatch(gold, { start: 0, end: 100 })).toBe(true);
    expect(isSpanMatch(gold, { start: 50, end: 160 })).toBe(true);
  });

  it('rejects a prediction covering less than half and reaching outside', () => {
    expect(isSpanMatch(gold, { start: 60, end: 200 })).toBe(false);
  });

  it('accepts a prediction inside the gold span that still covers 30 %', () => {
    expect(isSpanMatch(gold, { start: 40, end: 75 })).toBe(true);
    expect(isSpanMatch(gold, { start: 40, end: 60 })).toBe(false);
  });

  it('rejects disjoint spans', () => {
    expect(isSpanMatch(gold, { start: 100, end: 150 })).toBe(false);
  });
});

describe('matchSpans', () => {
  it('pairs each gold span with at most one prediction, best overlap first', () => {
    const gold = [
      { start: 0, end: 50 },
      { start: 51, end: 100 },
    ];
    const predicted = [
      { start: 0, end: 100 },
      { start: 51, end: 100 },
    ];
    // The whole-text prediction covers gold 0 fully; the exact one is taken by gold 1.
    expect(matchSpans(gold, predicted)).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('leaves extra predictions unmatched', () => {
    expect(matchSpans([{ start: 0, end: 40 }], [{ start: 0, end: 40 }, { start: 0, end: 39 }])).toEqual([[0, 0]]);
  });
});

describe('speakers', () => {
  it('normalises titles, articles, case and diacritics', () => {
    expect(normalizeSpeaker('Prof. Dr. Tomás Rivera')).toBe('tomas rivera');
    expect(normalizeSpeaker('der Sprecher des Ministeriums')).toBe('sprecher ministeriums');
  });

  it('matches containment both ways', () => {
    expect(isSameSpeaker('Katrin Albers', 'Innenministerin Katrin Albers')).toBe(true);
    expect(isSameSpeaker('UN-Generalsekretär Amadou Diallo', 'Diallo')).toBe(true);
  });

  it('matches German inflection by word stems', () => {
    expect(isSameSpeaker('Statistisches Bundesamt', 'Statistischem Bundesamt')).toBe(true);
    expect(isSameSpeaker('Vereinte Nationen', 'Vereinten Nationen')).toBe(true);
  });

  it('rejects different people, pronouns and null against a name', () => {
    expect(isSameSpeaker('Martin Vogt', 'Er')).toBe(false);
    expect(isSameSpeaker('Minister', 'er')).toBe(false);
    expect(isSameSpeaker('Anna Krüger', 'Universitätsklinikum Jena')).toBe(false);
    expect(isSameSpeaker('Anna Krüger', null)).toBe(false);
    expect(isSameSpeaker(null, 'Anna Krüger')).toBe(false);
    expect(isSameSpeaker(null, null)).toBe(true);
  });
});

describe('units', () => {
  it('treats % and Prozent, € and Euro, $ and dollars as equal', () => {
    expect(isSameUnit('%', 'Prozent')).toBe(true);
    expect(isSameUnit('Euro', '€')).toBe(true);
    expect(isSameUnit('$', 'dollars')).toBe(true);
  });

  it('accepts containment and shared stems but not different nouns', () => {
    expect(isSameUnit('troops', 'US troops')).toBe(true);
    expect(isSameUnit('Jahren', 'Jahre')).toBe(true);
    expect(isSameUnit('Prozentpunkte', '%')).toBe(false);
    expect(isSameUnit('Soldaten', 'Menschen')).toBe(false);
    expect(isSameUnit('%', '$')).toBe(false);
    expect(isSameUnit('Euro', null)).toBe(false);
  });
});

describe('isValueMatch', () => {
  const exact = (value: number) => ({ value, qualifier: 'exact' as const, unit: null });

  it('allows 0.5 % relative difference', () => {
    expect(isValueMatch(exact(5000), exact(5024))).toBe(true);
    expect(isValueMatch(exact(5000), exact(5030))).toBe(false);
    expect(isValueMatch(exact(1.5e9), exact(1.5e6))).toBe(false);
  });

  it('accepts up to ten times the magnitude for few', () => {
    const few = { value: 100000, qualifier: 'few' as const, unit: 'Menschen' };
    expect(isValueMatch(few, exact(100000))).toBe(true);
    expect(isValueMatch(few, exact(300000))).toBe(true);
    expect(isValueMatch(few, exact(1000000))).toBe(false);
    expect(isValueMatch(few, exact(300))).toBe(false);
  });

  it('accepts midpoint, lower bound or the same pair for ranges', () => {
    const range = { value: 550, low: 500, high: 600, qualifier: 'about' as const, unit: null };
    expect(isValueMatch(range, exact(550))).toBe(true);
    expect(isValueMatch(range, exact(500))).toBe(true);
    expect(isValueMatch(range, { value: 520, low: 500, high: 600, qualifier: 'about', unit: null })).toBe(true);
    expect(isValueMatch(range, exact(600))).toBe(false);
  });
});

describe('matchQuantities', () => {
  it('prefers the prediction with the same qualifier among equal values', () => {
    const gold = [{ value: 10, qualifier: 'over' as const, unit: null }];
    const predicted = [
      { value: 10, qualifier: 'exact' as const, unit: null },
      { value: 10, qualifier: 'over' as const, unit: null },
    ];
    expect(matchQuantities(gold, predicted)).toEqual([[0, 1]]);
  });

  it('uses each prediction once', () => {
    const gold = [
      { value: 3, qualifier: 'exact' as const, unit: null },
      { value: 3, qualifier: 'exact' as const, unit: null },
    ];
    expect(matchQuantities(gold, [{ value: 3, qualifier: 'exact', unit: null }])).toEqual([[0, 0]]);
  });
});
