import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';

const first = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims[0];

describe('attribution by quotation shape', () => {
  it.each([
    ['„Der Deich hält keinen weiteren Sturm aus“, grummelte Hafenmeister Ole Petersen.', 'Ole Petersen', 'grummelte'],
    ['„Wir haben die Saison gerettet“, resümierte Trainerin Jana Falk.', 'Jana Falk', 'resümierte'],
    ['«Die Fähre fährt ab Montag wieder stündlich», sagte Kapitänin Rita Holm.', 'Rita Holm', 'sagte'],
    ['„Der Anbau kostet 3 Millionen Euro“, so Schulleiter Bernd Kolb.', 'Bernd Kolb', 'so'],
  ])('German V2 tail: %s', (t, speaker, cue) => {
    const c = first(t, 'de');
    expect(c.kind).toBe('quote');
    expect(c.speaker).toBe(speaker);
    expect(c.cue).toBe(cue);
  });

  it.each([
    ['"The vines never recovered from the frost," lamented grower Paolo Ricci.', 'Paolo Ricci', 'lamented'],
    ['"We shipped every order on time," Hannah Byrne boasted.', 'Hannah Byrne', 'boasted'],
    ['"That bridge is older than my grandfather," chuckled Sen. Ray Dolan.', 'Ray Dolan', 'chuckled'],
  ])('English tail: %s', (t, speaker, cue) => {
    const c = first(t, 'en');
    expect(c.kind).toBe('quote');
    expect(c.speaker).toBe(speaker);
    expect(c.cue).toBe(cue);
  });

  it('resolves a pronoun tail to the last named person', () => {
    const cs = extractClaims('Winzerin Clara Vogt führt den Betrieb seit 2019. „Der Hagel hat die halbe Ernte vernichtet“, seufzte sie.', { lang: 'de' }).claims;
    expect(cs[1].speaker).toBe('Clara Vogt');
  });

  it('backfills a multi-sentence quotation from its tail', () => {
    const cs = extractClaims('„Das Dach ist undicht. Die Turnhalle bleibt bis Mai zu“, klagte Hausmeister Uwe Brand.', { lang: 'de' }).claims;
    expect(cs.map((c) => c.speaker)).toEqual(['Uwe Brand', 'Uwe Brand']);
  });

  it('attributes a name with a topic phrase before the colon', () => {
    const c = first('Stadtbaurat Georg Imhof zum neuen Radweg: „Wir bauen 4 Kilometer bis zum Herbst.“', 'de');
    expect(c.kind).toBe('quote');
    expect(c.speaker).toBe('Georg Imhof');
  });

  it('leaves a long author sentence after a quotation alone', () => {
    const c = first('„Nie wieder“ stand auf den Plakaten, die am Rathaus hingen und später entfernt wurden.', 'de');
    expect(c.speaker).toBeNull();
  });

  it('does not read an author clause after a quoted title as attribution', () => {
    const c = first('"Dune" earned 400 million dollars worldwide in the first month.', 'en');
    expect(c.speaker).toBeNull();
  });
});
