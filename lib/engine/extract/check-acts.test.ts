// Check-worthiness acts (check-acts.ts) and the per-language weights, on invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';
import { findActCues } from './check-acts';
import { tokenize } from './tokens';

const reasons = (t: string, lang: 'de' | 'en') =>
  extractClaims(t, { lang }).claims[0].reason.filter((r) => r.startsWith('checkworthiness:')).map((r) => r.replace(/^checkworthiness:/, ''));
const acts = (t: string, lang: 'de' | 'en') => findActCues(tokenize(t, 0, t.length), lang);

describe('check-worthiness acts', () => {
  it('finds records of votes and signed bills, and the laws and taxes they concern', () => {
    expect(reasons('The senator voted against the farm bill twice.', 'en')).toEqual(expect.arrayContaining(['+0.15 record (voted)', '+0.10 policy (bill)']));
    expect(reasons('Der Landtag hat das Gesetz zur Grundsteuer im Frühjahr verabschiedet.', 'de')).toEqual(expect.arrayContaining(['+0.15 record (verabschiedet)', '+0.10 policy (Gesetz)']));
  });

  it('finds examples and corrections, not „nicht nur … sondern auch“', () => {
    expect(acts('In many towns, for example in Leeds, the buses stopped running.', 'en').example).toBe('for example');
    expect(acts('Viele Dörfer haben z. B. keinen Arzt mehr.', 'de').example).toBe('z b');
    expect(acts('Das lag nicht am Wetter, sondern an der Planung.', 'de').correction).toBe('sondern');
    expect(acts('Das betrifft nicht nur Mieter, sondern auch Eigentümer.', 'de').correction).toBeUndefined();
    expect(acts('The plant actually closed two years earlier.', 'en').correction).toBe('actually');
  });

  it('finds generalisations about groups (a German weight)', () => {
    expect(reasons('Jeder Rentner bekommt im Winter einen Zuschuss für die Heizung.', 'de')).toContain('+0.05 generic (Jeder)');
    expect(acts('Most families pay more for rent than for food.', 'en').generic).toBe('Most');
  });

  it('finds promises of the speaker', () => {
    expect(reasons("We're going to build new schools in every county of this state.", 'en')).toContain("-0.15 promise (We're … going)");
    expect(reasons("And I'll lower the taxes of working families across the country.", 'en')).toContain("-0.15 promise (I'll)");
    expect(acts('Wir werden die Brücke bis zum Sommer sanieren.', 'de').promise).toBe('Wir … werden');
    expect(acts('Morgen werden wir die Pläne vorstellen.', 'de').promise).toBe('werden wir');
  });

  it('finds talk about the exchange and modal talk (English weights)', () => {
    expect(reasons('Let me answer your question about the plan for the harbour now.', 'en')).toContain('-0.15 talk (answer)');
    expect(reasons('The new plant can bring jobs to the valley and the towns along it.', 'en')).toContain('-0.10 modal (can)');
    expect(acts('Danke für den ausführlichen Kommentar zur Ortsumgehung.', 'de').talk).toBe('Danke');
  });

  it('ignores words inside quotations', () => {
    expect(reasons('She said: "We will vote for it" and left the hall early.', 'en').some((r) => r.includes('promise'))).toBe(false);
  });
});

describe('per-language weights', () => {
  it('counts personal experience as a fact in German comments, not in English debate turns', () => {
    expect(reasons('Ich habe zwanzig Jahre lang in einer Bäckerei gearbeitet.', 'de')).toEqual(expect.arrayContaining([expect.stringMatching(/^\+0\.05 experience \(Ich … habe … gearbeitet\)$/)]));
    expect(reasons('I was a young teacher in a small town when the mill closed.', 'en')).toEqual(expect.arrayContaining([expect.stringMatching(/^-0\.10 experience \(I … was\)$/)]));
  });

  it('marks amounts someone wants as proposals in English', () => {
    expect(reasons('We should raise the fees at the port by 40 percent next spring.', 'en')).toEqual(expect.arrayContaining([expect.stringMatching(/^-0\.10 proposal /)]));
  });

  it('counts long sentences and copula changes ("is down")', () => {
    expect(reasons('The number of burglaries in the old harbour district is down since the council put new lights on every street there.', 'en')).toEqual(
      expect.arrayContaining(['+0.10 change (is down)', '+0.05 long']),
    );
  });

  it('does not take an @-handle or a contracted pronoun for a named entity', () => {
    expect(reasons('@ANNA Die Miete in der Altstadt ist letztes Jahr gestiegen.', 'de').some((r) => r.includes('entity (ANNA'))).toBe(false);
    expect(reasons("I've seen the new rail yard from the bridge in the morning.", 'en').some((r) => r.includes("entity (I've"))).toBe(false);
  });
});
