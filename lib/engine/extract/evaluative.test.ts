import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';

const kind = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims[0]?.kind;

describe('evaluative cues', () => {
  it('flags judgement adjectives, value nouns and opinion phrases', () => {
    expect(kind('Die Kürzung bei den Bibliotheken ist kurzsichtig und beschämend.', 'de')).toBe('evaluative');
    expect(kind('Der Umbau des Bahnhofs ist ein einziges Desaster.', 'de')).toBe('evaluative');
    expect(kind('Meiner Meinung nach hat der Stadtrat die Lage verkannt.', 'de')).toBe('evaluative');
    expect(kind('The decision to close the library was shameful.', 'en')).toBe('evaluative');
    expect(kind('In my view the council has lost touch with its voters.', 'en')).toBe('evaluative');
  });

  it('flags intensified predicates and excess', () => {
    expect(kind('Die Wartezeiten beim Bürgeramt sind viel zu lang.', 'de')).toBe('evaluative');
    expect(kind('Der Auftritt der Band war völlig uninspiriert.', 'de')).toBe('evaluative');
    expect(kind('The ticket prices are way too steep for families.', 'en')).toBe('evaluative');
    expect(kind('The referee was utterly clueless in the second half.', 'en')).toBe('evaluative');
  });

  it('flags superlatives of quality but not of size or order', () => {
    expect(kind('Das war die langweiligste Debatte des Wahlkampfs.', 'de')).toBe('evaluative');
    expect(kind('We are the most reliable courier service in the region.', 'en')).toBe('evaluative');
    expect(kind('Der Mount Everest ist der höchste Berg der Erde.', 'de')).toBe('factual');
    expect(kind('Die ersten Gäste kamen am Abend in die Halle.', 'de')).toBe('factual');
  });

  it('treats a metaphorical attack on a value as a judgement, a physical one as a fact', () => {
    expect(kind('Das neue Versammlungsgesetz ist ein Angriff auf die Meinungsfreiheit.', 'de')).toBe('evaluative');
    expect(kind('The raid was an attack on a police station in the north.', 'en')).toBe('factual');
  });

  it('counts shouting once, so a shouted report with numbers stays factual', () => {
    expect(kind('DIE BUSSE FAHREN SCHON WIEDER NICHT!!!', 'de')).toBe('evaluative');
    expect(kind('OUR FLIGHT IS 3 HOURS LATE!!!', 'en')).toBe('factual');
  });

  it('keeps plain factual sentences factual', () => {
    expect(kind('Die Gemeinde hat im Mai eine neue Turnhalle eröffnet.', 'de')).toBe('factual');
    expect(kind('Das Unternehmen hat 2023 keinen Gewinn erzielt.', 'de')).toBe('factual');
    expect(kind('The bridge was closed for repairs on Tuesday.', 'en')).toBe('factual');
    expect(kind('The museum received 40,000 visitors in its first year.', 'en')).toBe('factual');
  });
});

describe('evaluative: senses that do not judge', () => {
  it('reads "ist … gelungen" (managed to) as a report, "eine gelungene …" as a judgement', () => {
    expect(kind('Der Feuerwehr ist es gelungen, den Brand bis zum Morgen zu löschen.', 'de')).toBe('factual');
    expect(kind('Die Sanierung des Rathauses ist eine gelungene Verbindung von Alt und Neu.', 'de')).toBe('evaluative');
  });

  it('counts value nouns as predicates, not as subjects', () => {
    expect(kind('Der Erfolg des Programms hängt von der Finanzierung durch den Bund ab.', 'de')).toBe('factual');
    expect(kind('Das neue Ticket ist ein voller Erfolg für die Pendler.', 'de')).toBe('evaluative');
  });
});
