import { describe, expect, it } from 'vitest';
import { extractQuantities } from './index';

const q = (t: string, lang: 'de' | 'en') => extractQuantities(t, 0, t.length, lang, []).map((x) => [x.text, x.qualifier]);

describe('clock times, road numbers and "as much as"', () => {
  it('does not read clock times as quantities', () => {
    expect(q('Die Bibliothek öffnet samstags von 10 bis 14 Uhr.', 'de')).toEqual([]);
    expect(q('The pharmacy closes at 6 p.m. on Sundays.', 'en')).toEqual([]);
    expect(q('Die Flüge zwischen 1 und 5 Uhr bleiben begrenzt.', 'de')).toEqual([]);
  });

  it('does not read number words as quantities when they tell the time', () => {
    expect(q('Die Zahl der Flüge zwischen ein und fünf Uhr bleibe begrenzt.', 'de')).toEqual([]);
    expect(q('Um fünf Uhr kamen zwölf Busse.', 'de').map(([t]) => t)).toEqual(['zwölf Busse']);
    expect(q("At five o'clock ten buses left.", 'en').map(([t]) => t)).toEqual(['ten buses']);
    expect(q('Es kamen fünf und sechs Busse.', 'de').map(([t]) => t)).toEqual(['fünf', 'sechs Busse']);
  });

  it('does not read a road after an article as a quantity', () => {
    expect(q('A lorry overturned on the 101 near the airport.', 'en')).toEqual([]);
    expect(q('Der Lkw blockierte die B27 und die 42 bei Kassel.', 'de')).toEqual([]);
  });

  it('reads a number after "die Anlage" as a count when a noun follows, a label otherwise', () => {
    expect(q('Derzeit umfasst die Anlage 164 Parzellen, jede 350 Quadratmeter groß.', 'de').map(([t]) => t)).toEqual(['164 Parzellen', '350 Quadratmeter']);
    expect(q('Siehe Anlage 3 zum Vertrag.', 'de')).toEqual([]);
    expect(q('Die Linie 7 fährt wieder.', 'de')).toEqual([]);
  });

  it('keeps counted nouns and percentages after an article', () => {
    expect(q('The 250 workers went on strike.', 'en')).toEqual([['250 workers', 'exact']]);
    expect(q('Die 12 Prozent Rabatt gelten bis Freitag.', 'de')[0]?.[0]).toBe('12 Prozent');
  });

  it('reads "as much as" as up-to', () => {
    expect(q('Repairs could cost as much as $3 billion.', 'en')).toEqual([['as much as $3 billion', 'up-to']]);
  });
});
