import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';
import { CLAIM_VERB_FORMS } from './claim-verbs';

const claims = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims;
const first = (t: string, lang: 'de' | 'en') => claims(t, lang)[0];
const forms = (lang: 'de' | 'en') => new Map(CLAIM_VERB_FORMS[lang].map((f) => [f.form, f]));

describe('claim verb forms', () => {
  it('generates finite, verb-final, participle and split forms of separable verbs', () => {
    const de = forms('de');
    expect(de.get('lehnte')?.particle).toBe('ab');
    expect(de.get('ablehnte')?.particle).toBeNull();
    expect(de.get('abgelehnt')?.lemma).toBe('ablehnen');
    expect(de.get('versprochen')?.lemma).toBe('versprechen');
    expect(de.get('spricht')?.frame).toBe('von');
  });

  it('keeps split forms that mean something else out („stellt eine Gefahr dar")', () => {
    const de = forms('de');
    expect(de.has('stellt')).toBe(false);
    expect(de.has('dargestellt')).toBe(true);
  });

  it('lists no English base forms that are also nouns', () => {
    const en = forms('en');
    for (const noun of ['demand', 'call', 'calls', 'demands']) expect(en.has(noun)).toBe(false);
  });
});

describe('claim verbs beyond "sagen"', () => {
  it('German: lehnte … ab with a clause, verlangte mit zu-Infinitiv, warnte davor', () => {
    expect(first('Die Union lehnte ab, dass die Steuern steigen.', 'de')).toMatchObject({ speaker: 'Union', cue: 'lehnte … ab' });
    expect(first('Der Verband verlangte, die Gebühren sofort abzuschaffen.', 'de')).toMatchObject({ speaker: 'Verband', cue: 'verlangte' });
    expect(first('Die Ärztekammer warnte davor, dass Praxen schließen müssen.', 'de').speaker).toBe('Ärztekammer');
  });

  it('German: a source that complains about something holds the claim („beklagen")', () => {
    expect(first('Die Anwohner beklagen seit Wochen Lärm von der Baustelle.', 'de').speaker).toBe('Anwohner');
    expect(first('Der Verband beklagte erhebliche Mängel bei der Ausrüstung.', 'de').speaker).toBe('Verband');
  });

  it('German: two-word predicates „deutlich gemacht", „machte … deutlich", „klargemacht"', () => {
    expect(first('Das Gericht hat sehr deutlich gemacht, dass die Würde nicht relativiert werden darf.', 'de')).toMatchObject({ speaker: 'Gericht', cue: 'deutlich gemacht' });
    expect(first('Die Ministerin machte deutlich, dass die Hilfe kommt.', 'de')).toMatchObject({ speaker: 'Ministerin', cue: 'machte … deutlich' });
    expect(first('Der Minister hat klargemacht, dass er bleibt.', 'de').speaker).toBe('Minister');
    expect(first('Das macht die Lage deutlich.', 'de').voice).toBe('author');
  });

  it('German: a separable claim verb with a plain object reports its source subject („Die Union lehnte den Antrag ab.")', () => {
    expect(first('Die Union lehnte den Antrag ab.', 'de')).toMatchObject({ kind: 'reported', voice: 'speaker', speaker: 'Union', cue: 'lehnte … ab' });
  });

  it('German: „spricht von" takes its complement as the report', () => {
    expect(first('Das Bundesamt spricht von 300 Fällen.', 'de')).toMatchObject({ kind: 'reported', speaker: 'Bundesamt', cue: 'spricht … von' });
  });

  it('German: a demand with a plain object is the demanding source\'s claim (dev-set guideline since issue 10)', () => {
    expect(first('Die Gewerkschaft fordert 8 Prozent mehr Lohn.', 'de')).toMatchObject({ voice: 'speaker', speaker: 'Gewerkschaft' });
  });

  it('English: called for, urged, denied', () => {
    expect(first('Senator Jane Ruiz called for a ban on the pesticide.', 'en')).toMatchObject({ speaker: 'Jane Ruiz', cue: 'called … for' });
    expect(first('The union urged lawmakers to reject the bill.', 'en').speaker).toBe('union');
    expect(first('The ministry denied that troops had crossed the border.', 'en').speaker).toBe('ministry');
  });
});
