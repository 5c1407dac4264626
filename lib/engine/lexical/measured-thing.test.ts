import { describe, expect, it } from 'vitest';
import type { Lang } from '../types';
import { measuredThing } from './measured-thing';
import { testClaim, testResources, type QuantitySpec } from './test-index';

const res = testResources();

/** The measured thing of the claim's first quantity; the claim sits at offset 120 of its document. */
function thing(lang: Lang, text: string, q?: QuantitySpec[], entities?: string[]) {
  const claim = testClaim('d-1', lang, text, { q, start: 120, entities });
  expect(claim.quantities.length).toBeGreaterThan(0);
  return measuredThing(claim, claim.quantities[0], claim.start, res);
}

describe('measuredThing', () => {
  it('excludes ages written with "old" or "alt"', () => {
    expect(thing('de', 'Die Läuferin, inzwischen 19 Jahre alt, trainiert im Nachbarort.').isExcluded).toBe(true);
    expect(thing('en', 'One hopeful, a 15-year-old, trains there every morning.', [['15-year', 15, 'year', null]]).isExcluded).toBe(true);
    expect(thing('de', 'Der Bau dauerte 19 Jahre.').isExcluded).toBe(false);
  });

  it('excludes ages introduced by "aged" or "im Alter von"', () => {
    expect(thing('en', 'The academy trains 140 boys aged eight to 18.', [['eight to 18', 13, null, null]]).isExcluded).toBe(true);
    expect(thing('de', 'Kinder im Alter von 6 bis 10 Jahren spielen dort.', [['6 bis 10 Jahren', 8, 'Jahren', null]]).isExcluded).toBe(true);
    expect(thing('en', 'The academy trains 140 boys aged eight to 18.', [['140 boys', 140, 'boys', null]]).isExcluded).toBe(false);
  });

  it('reads how the clause says the number changed', () => {
    expect(thing('de', 'Heute gibt es nur noch acht Stadtteilbüchereien.').change).toBe('down');
    expect(thing('en', 'Annual attendance has slipped to around 298,000.').change).toBe('down');
    expect(thing('de', 'Die Zahl der Beschäftigten ist auf 132 gestiegen.').change).toBe('up');
    expect(thing('en', 'The firm now employs 140 people.').change).toBe('now');
    expect(thing('de', 'Der Betreiber setzt 145 Busse ein.').change).toBeNull();
    // A remainder after a fall is not an unchanged number, though it says "still".
    const lifts = thing('en', 'Only nine lifts still operate.');
    expect(lifts).toMatchObject({ change: 'down', saysUnchanged: false });
  });

  it('takes the counted noun ("145 Busse" → Busse)', () => {
    const t = thing('de', 'Der Betreiber setzt 145 Busse ein.');
    expect(t).toMatchObject({ head: 'Busse', via: 'counted noun', isExcluded: false, unit: { kind: 'count', noun: 'Busse' } });
    expect(t.context).toContain('Betreiber');
  });

  it('takes the noun an amount is attached to by a preposition ("ein Defizit von 3,4 Mio. Euro")', () => {
    const t = thing('de', 'Die Stadt meldet ein Defizit von 3,4 Mio. Euro.');
    expect(t).toMatchObject({ head: 'Defizit', via: 'attached noun', unit: { kind: 'currency', key: 'currency:eur' } });
  });

  it('takes the noun an amount is attached to by a verb ("profit rose to £40 million")', () => {
    const t = thing('en', 'The company said profit rose to £40 million.');
    expect(t).toMatchObject({ head: 'profit', via: 'attached noun', unit: { key: 'currency:gbp' } });
  });

  it('reads the word after an English auxiliary as a verb ("the workforce has shrunk to 3,100" → workforce)', () => {
    const t = thing('en', 'The direct workforce has shrunk to roughly 3,100.');
    expect(t).toMatchObject({ head: 'workforce', via: 'attached noun' });
  });

  it('takes a sentence-initial English noun ("Profit rose to £40 million." → Profit)', () => {
    expect(thing('en', 'Profit rose to £40 million.')).toMatchObject({ head: 'Profit', via: 'attached noun' });
  });

  it('lets a quantity noun yield to its complement ("Die Zahl der Fahrgäste liegt bei 1.200")', () => {
    expect(thing('de', 'Die Zahl der Fahrgäste liegt bei 1.200.', [['1.200', 1200, null, null]])).toMatchObject({ head: 'Fahrgäste', via: 'attached noun' });
    expect(thing('en', 'The number of passengers stands at 1,200.', [['1,200', 1200, null, null]])).toMatchObject({ head: 'passengers', via: 'attached noun' });
  });

  it('keeps the first noun when the genitive is an attribute ("Defizit des Betreibers", "budget of the city")', () => {
    expect(thing('de', 'Das Defizit des Betreibers liegt bei 3,4 Mio. Euro.', [['3,4 Mio. Euro', 3.4e6, 'Mio. Euro', null]]).head).toBe('Defizit');
    expect(thing('en', 'The budget of the city is €40 million.', [['€40 million', 4e7, '€', null]]).head).toBe('budget');
  });

  it('prefers the subject the extractor named', () => {
    const t = thing('de', 'Die Zahl der Fahrgäste liegt bei 1.200.');
    expect(t).toMatchObject({ head: 'Fahrgäste', via: 'subject' });
  });

  it('reads a share as a share of what follows ("12 Prozent der Haushalte" → Haushalte)', () => {
    const t = thing('de', '12 Prozent der Haushalte haben kein Auto.', [['12 Prozent', 12, 'Prozent', null]]);
    expect(t).toMatchObject({ head: 'Haushalte', via: 'following noun', unit: { kind: 'percent' } });
  });

  it('gives a measure its unit key and the noun it belongs to', () => {
    expect(thing('de', 'Der Windpark leistet 30 Megawatt.')).toMatchObject({ head: 'Windpark', unit: { kind: 'measure', key: 'measure:mw' } });
  });

  it('excludes ages ("Anna Klein, 54, sagte")', () => {
    const t = thing('de', 'Anna Klein, 54, sagte, der Plan sei gut.');
    expect(t).toMatchObject({ head: null, isExcluded: true });
  });

  it('excludes identifiers ("Linie 7", "route 9")', () => {
    expect(thing('de', 'Die Linie 7 fährt wieder.', [['7', 7, null, null]])).toMatchObject({ head: null, isExcluded: true });
    expect(thing('en', 'The bus route 9 is back.', [['9', 9, null, null]])).toMatchObject({ head: null, isExcluded: true });
  });

  it('does not take an unnamed count for an age or identifier', () => {
    expect(thing('de', 'Es kamen 1.200.', [['1.200', 1200, null, null]])).toMatchObject({ head: null, via: 'none', isExcluded: false });
    expect(thing('de', 'Der Betreiber hat 54 Fahrgäste.').isExcluded).toBe(false);
  });

  it('does not read entity names as the measured thing', () => {
    const named = thing('de', 'Der Verkehrsbund meldet ein Defizit von 3,4 Mio. Euro.', undefined, ['Verkehrsbund']);
    expect(named.head).toBe('Defizit');
    expect(named.context).not.toContain('Verkehrsbund');
    const only = thing('de', 'Es sind 3,4 Mio. Euro beim Verkehrsbund.', [['3,4 Mio. Euro', 3.4e6, 'Mio. Euro', null]], ['Verkehrsbund']);
    expect(only).toMatchObject({ head: null, via: 'none', context: [] });
  });

  it('does not read "stieg der Umsatz" as a genitive ("Nach der Sanierung stieg der Umsatz …" → Umsatz)', () => {
    expect(thing('de', 'Nach der Sanierung stieg der Umsatz auf 3,4 Mio. Euro.')).toMatchObject({ head: 'Umsatz', via: 'attached noun' });
  });

  it('stops at clause punctuation', () => {
    const t = thing('de', 'Die Stadt baut. Das Defizit liegt bei 3,4 Mio. Euro.', [['3,4 Mio. Euro', 3.4e6, 'Mio. Euro', null]]);
    expect(t.head).toBe('Defizit');
    expect(t.context).not.toContain('Stadt');
  });

  it('maps document offsets into the claim text, or finds the quantity text when they do not fit', () => {
    const text = 'Die Stadt hat 3 Busse und 3 Fahrzeuge.';
    const claim = testClaim('d-1', 'de', text, { q: [['3 Fahrzeuge', 3, 'Fahrzeuge', null]], start: 500 });
    const q = claim.quantities[0];
    expect(measuredThing(claim, q, 500, res).head).toBe('Fahrzeuge');
    expect(measuredThing(claim, q, undefined, res).head).toBe('Fahrzeuge');
    const missing = measuredThing(claim, { ...q, text: '7 Züge' }, 500, res);
    expect(missing).toMatchObject({ head: null, via: 'none' });
  });

  it('works without lexical resources', () => {
    const claim = testClaim('d-1', 'de', 'Die Stadt meldet ein Defizit von 3,4 Mio. Euro.');
    expect(measuredThing(claim, claim.quantities[0], claim.start).head).toBe('Defizit');
  });

  it('climbs from an attribute joined by a preposition to its head ("employment at the airport")', () => {
    expect(thing('en', 'Direct employment at the airport is unchanged at 2,300.', [['2,300', 2300, null, null]])).toMatchObject({ head: 'employment' });
    expect(thing('de', 'Die Zahl der Kinder in Kitas liegt bei 500.', [['500', 500, null, null]])).toMatchObject({ head: 'Kinder' });
  });

  it('does not take a noun of time for the measured thing ("im Jahr … auf 40 Mio. Euro")', () => {
    expect(thing('de', 'Der Gewinn stieg im Jahr auf 40 Mio. Euro.')).toMatchObject({ head: 'Gewinn' });
  });
});

describe('English present-tense verbs before an amount', () => {
  it('are not the measured thing ("the county spends £2.3 million")', () => {
    const t = thing('en', 'The county spends £2.3 million on electricity.', [['£2.3 million', 2300000, 'GBP', null]]);
    expect(t.head).not.toBe('spends');
    expect(thing('en', 'The journey takes about 50 minutes.', [['about 50 minutes', 50, 'minutes', null]]).head).toBe('journey');
  });

  it('takes the stuff named right after an amount of a unit ("4,1 Millionen Tonnen Güter", "tonnes of goods")', () => {
    expect(thing('de', 'An der Schleuse wurden 4,1 Millionen Tonnen Güter umgeschlagen.').head).toBe('Güter');
    expect(thing('en', 'The port handled 3.2 million tonnes of grain.').head).toBe('grain');
    expect(thing('de', 'Das Land zahlt 2 Mio. Euro Fördermittel.').head).toBe('Fördermittel');
    // A period right after the unit is when, not what ("4 Millionen Tonnen Nacht für Nacht").
    expect(thing('de', 'An der Schleuse werden 4 Millionen Tonnen Nacht für Nacht umgeschlagen.').head).toBe('Schleuse');
  });

  it('reads a German compound ending in a quantity noun as what it counts ("Gütermenge" → Güter)', () => {
    expect(thing('de', 'Die Gütermenge an der Schleuse ging auf 3,2 Mio. t zurück.').head).toBe('Güter');
    expect(thing('de', 'Die Besucherzahl stieg auf 4.000.').head).toBe('Besucher');
    expect(thing('de', 'Die Übernachtungszahlen lagen bei 120.000.').head).toBe('Übernachtung');
  });

  it('climbs over "an" and "beim" attributes to the head ("Die Kosten beim Bau")', () => {
    expect(thing('de', 'Die Kosten beim Bau stiegen auf 3 Mio. Euro.').head).toBe('Kosten');
  });
});
