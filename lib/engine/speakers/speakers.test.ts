import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';

const claims = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims;

describe('speakers', () => {
  it('finds the speaker after an inverted German speech verb', () => {
    const c = claims('Im Interview betonte gestern Petra Wagner, die Kliniken seien überlastet.', 'de')[0];
    expect(c.speaker).toBe('Petra Wagner');
    expect(c.cue).toBe('betonte');
  });

  it('handles separable verbs and appositions', () => {
    const c = claims('Am Montag kündigte die Chefin des Verbands, Maria Keller vor der Presse an: „Wir streiken ab Mittwoch in allen Filialen.“', 'de')[0];
    expect(c.kind).toBe('quote');
    expect(c.speaker).toBe('Maria Keller');
    expect(c.cue).toBe('kündigte … an');
  });

  it('does not treat a separable verb without its particle as speech', () => {
    const c = claims('Die Stadt stellte im Mai 40 neue Busse in Dienst.', 'de')[0];
    expect(c.speaker).toBeNull();
    expect(c.voice).toBe('author');
  });

  it('resolves pronouns to the last named person speaker across sentences', () => {
    const t = 'Trainer Lukas Brandt sagte, die Mannschaft habe gut gespielt. „Wir holen den Pokal“, fügte er hinzu.';
    const cs = claims(t, 'de');
    expect(cs[1].speaker).toBe('Lukas Brandt');
    expect(cs[1].cue).toBe('fügte … hinzu');
    expect(cs[1].reason.some((r) => r.includes("pronoun 'er'"))).toBe(true);
  });

  it('resolves English pronouns and surnames', () => {
    const t = 'Senator Jane Porter said the bill would cut costs by 10 percent. "This is only the start," she added. Porter also said 30 states support it.';
    const cs = claims(t, 'en');
    expect(cs.map((c) => c.speaker)).toEqual(['Jane Porter', 'Jane Porter', 'Jane Porter']);
  });

  it('attributes a colon-introduced quote in the next paragraph', () => {
    const t = 'Die Ministerin Sabine Roth sagte, dass sie kritisiert worden sei:\n\n„Wir haben die Mittel für Schulen um 8 Prozent erhöht und werden weiter investieren.“';
    const cs = claims(t, 'de');
    expect(cs[1].kind).toBe('quote');
    expect(cs[1].speaker).toBe('Sabine Roth');
  });

  it('backfills a multi-sentence quote attributed at its end', () => {
    const t = '„Das Werk bleibt offen. Die 900 Jobs sind sicher“, sagte Konzernchef Thomas Berger.';
    const cs = claims(t, 'de');
    expect(cs).toHaveLength(2);
    expect(cs[0].speaker).toBe('Thomas Berger');
  });

  it('uses laut / zufolge / according to', () => {
    expect(claims('Laut Statistischem Bundesamt stiegen die Preise um 6 Prozent.', 'de')[0].cue).toBe('Laut');
    expect(claims('Dem Institut zufolge sank die Zahl der Unfälle deutlich.', 'de')[0].cue).toBe('zufolge');
    const en = claims('According to the World Health Organization, 2 million cases were reported.', 'en')[0];
    expect(en.speaker).toBe('World Health Organization');
  });

  it('keeps the author voice for plain assertions', () => {
    const c = claims('Die Inflation in der Eurozone lag im Juni bei 2,5 Prozent.', 'de')[0];
    expect(c).toMatchObject({ voice: 'author', speaker: null, cue: null });
  });
});
