// Subjectivity per claim and per text, with the cues that made it subjective (invented sentences).
import { describe, expect, it } from 'vitest';
import { analyzeText, extractClaims } from '../index';

const first = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims[0];

describe('subjectivity', () => {
  it('marks judgements with their cue words', () => {
    const c = first('Die neue Umgehungsstraße ist ein teurer Skandal.', 'de');
    expect(c.subjective).toBe(true);
    expect(c.subjectiveCues).toContain('Skandal');
    expect(c.reason.some((r) => r.startsWith('subjective:'))).toBe(true);
    expect(first('The new stadium is an absolutely terrible waste of money.', 'en').subjectiveCues).toEqual(expect.arrayContaining(['terrible']));
  });

  it('marks opinion frames, wishes and obligations', () => {
    expect(first('Ich finde, die Stadt hätte den Park behalten sollen.', 'de').subjectiveCues).toContain('ich finde');
    expect(first('In my view the council moved far too slowly on this.', 'en').subjective).toBe(true);
    expect(first('We should invest far more in night buses across the county.', 'en').subjectiveCues).toContain('should');
  });

  it('marks emphatic style', () => {
    expect(first('Schon wieder fällt der Zug nach Kassel aus!!!', 'de').subjective).toBe(true);
  });

  it('leaves neutral descriptions objective, with no cues', () => {
    for (const [t, lang] of [
      ['Der Stadtrat hat am Dienstag den Haushalt für 2025 beschlossen.', 'de'],
      ['The library opens at nine on weekdays and at ten on Saturdays.', 'en'],
      ['Nach Angaben der Polizei wurden zwei Personen leicht verletzt.', 'de'],
      ['The old footbridge needs new railings on both sides.', 'en'],
    ] as const) {
      const c = first(t, lang);
      expect(c.subjective, t).toBe(false);
      expect(c.subjectiveCues).toEqual([]);
    }
  });

  it('summarises a text: subjective when some claim is, with all cues', () => {
    const a = analyzeText('Die Fähre fährt ab Mai stündlich. Das ist ein großartiger Fortschritt für die Insel!', { lang: 'de' });
    expect(a.subjective).toBe(true);
    expect(a.subjectiveCues.length).toBeGreaterThan(0);
    expect(a.claims.map((c) => c.subjective)).toEqual([false, true]);
  });
});
