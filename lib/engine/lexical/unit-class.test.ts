import { describe, expect, it } from 'vitest';
import { unitClassOf } from './unit-class';

describe('unitClassOf', () => {
  it.each(['%', 'Prozent', 'percent', 'per cent', 'Prozentpunkte', 'percentage points'])('%s is a percentage', (unit) => {
    expect(unitClassOf(unit)).toEqual({ kind: 'percent', key: 'percent', noun: null });
  });

  it.each([
    ['Euro', 'currency:eur'],
    ['Mio. Euro', 'currency:eur'],
    ['Milliarden Euro', 'currency:eur'],
    ['€', 'currency:eur'],
    ['£', 'currency:gbp'],
    ['million pounds', 'currency:gbp'],
    ['$', 'currency:usd'],
    ['bn dollars', 'currency:usd'],
    ['Franken', 'currency:chf'],
  ])('%s is currency %s', (unit, key) => {
    expect(unitClassOf(unit)).toEqual({ kind: 'currency', key, noun: null });
  });

  it('gives one key to a measure however it is written', () => {
    expect(unitClassOf('Megawatt').key).toBe('measure:mw');
    expect(unitClassOf('megawatts').key).toBe('measure:mw');
    expect(unitClassOf('MW').key).toBe('measure:mw');
    expect(unitClassOf('Kilometer').key).toBe(unitClassOf('kilometres').key);
    expect(unitClassOf('Jahren').key).toBe(unitClassOf('years').key);
    expect(unitClassOf('Tonnen')).toEqual({ kind: 'measure', key: 'measure:t', noun: null });
    // A multi-word unit is read whole, not by its last word.
    expect(unitClassOf('cubic metres').key).toBe(unitClassOf('Millionen Kubikmeter').key);
    // Square kilometres are an area, not the kilometres of their last word.
    expect(unitClassOf('square kilometres').key).toBe('measure:km2');
    expect(unitClassOf('Quadratkilometern').key).toBe('measure:km2');
    expect(unitClassOf('Kilometer').key).toBe('measure:km');
    expect(unitClassOf('square metres').key).toBe('measure:m2');
  });

  it('keeps different measures apart', () => {
    expect(unitClassOf('Megawatt').key).not.toBe(unitClassOf('Megawattstunden').key);
    expect(unitClassOf('Kilometer').key).not.toBe(unitClassOf('miles').key);
  });

  it('keeps the counted noun of a count', () => {
    expect(unitClassOf('Busse')).toEqual({ kind: 'count', key: 'count', noun: 'Busse' });
    expect(unitClassOf('passengers')).toEqual({ kind: 'count', key: 'count', noun: 'passengers' });
    expect(unitClassOf('neue Wohnungen').noun).toBe('Wohnungen');
  });

  it('takes the head of a hyphenated count noun and drops scale words', () => {
    expect(unitClassOf('NATO-Truppen').noun).toBe('Truppen');
    expect(unitClassOf('Millionen Fahrgäste')).toEqual({ kind: 'count', key: 'count', noun: 'Fahrgäste' });
  });

  it('reads a missing or empty unit as an unnamed count', () => {
    expect(unitClassOf(null)).toEqual({ kind: 'count', key: 'count', noun: null });
    expect(unitClassOf('')).toEqual({ kind: 'count', key: 'count', noun: null });
    expect(unitClassOf('Mio.')).toEqual({ kind: 'count', key: 'count', noun: null });
  });

  it('answers a repeated unit the same way, with a copy the caller may change', () => {
    const first = unitClassOf('Busse');
    first.noun = 'changed';
    expect(unitClassOf('Busse')).toEqual({ kind: 'count', key: 'count', noun: 'Busse' });
    expect(unitClassOf(null)).toEqual(unitClassOf(''));
  });
});
