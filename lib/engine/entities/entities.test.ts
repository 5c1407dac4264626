import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';
import { isAcronym } from './find-entities';

const doc = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang });

describe('entities', () => {
  it('links an acronym to its long form', () => {
    const r = doc('Die Europäische Zentralbank (EZB) erhöhte den Leitzins. Die EZB will damit die Inflation senken.', 'de');
    const ezb = r.entities.filter((e) => e.text === 'EZB');
    expect(ezb.length).toBeGreaterThan(0);
    expect(ezb.every((e) => e.canonical === 'Europäische Zentralbank')).toBe(true);
  });

  it('merges a later surname into the full person name', () => {
    const r = doc('Kanzlerin Eva Lindner sagte, der Etat stehe. Lindner reist am Freitag nach Paris.', 'de');
    const later = r.claims[1].entities.find((e) => e.text === 'Lindner');
    expect(later?.canonical).toBe('Eva Lindner');
    expect(later?.type).toBe('person');
  });

  it('finds acronyms inside hyphenated German compounds', () => {
    const r = doc('Die EU-Kommission prüft die Fusion seit Wochen genau.', 'de');
    expect(r.entities.map((e) => e.text)).toContain('EU');
  });

  it('does not treat ordinary capitalised German nouns as entities', () => {
    const r = doc('Viele Menschen haben Angst vor steigenden Mieten in der Stadt.', 'de');
    expect(r.entities).toEqual([]);
  });

  it('does not start a name with a unit after a number ("5.000 Euro Zuschuss")', () => {
    expect(doc('Die Gemeinde erhielt 5.000 Euro Zuschuss vom Kreis.', 'de').entities).toEqual([]);
    expect(doc('Der Händler gewährt 12 Prozent Rabatt.', 'de').entities).toEqual([]);
  });

  it('types places from the gazetteer and keeps offsets exact', () => {
    const t = 'The delegation travelled from Berlin to Washington on Monday.';
    const r = doc(t, 'en');
    for (const e of r.entities) expect(t.slice(e.start, e.end)).toBe(e.text);
    expect(r.entities.filter((e) => e.type === 'place').map((e) => e.text)).toEqual(['Berlin', 'Washington']);
  });
});

describe('isAcronym', () => {
  it('accepts capitals, digits, "&" and dotted initials, not capitalised words', () => {
    for (const word of ['NATO', 'EZB', 'G7', 'AT&T', 'U.S.', 'U.K', 'ÖVP']) expect(isAcronym(word)).toBe(true);
    for (const word of ['Nato', 'Bundestag', 'N', 'OK', 'NATOSTAATEN', 'Ökonom']) expect(isAcronym(word)).toBe(false);
  });
});
