import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';

const kinds = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims.map((c) => c.kind);

describe('non-claims', () => {
  it('skips greetings and thanks, but not "thanks to" causes', () => {
    expect(kinds('Guten Morgen, liebe Nachbarinnen und Nachbarn!', 'de')).toEqual([]);
    expect(kinds('Thank you all for coming tonight!', 'en')).toEqual([]);
    expect(kinds('Thanks to the new bypass, traffic in the old town fell by a third.', 'en')).toHaveLength(1);
  });

  it('skips calls to action and contact lines', () => {
    expect(kinds('Jetzt anmelden und keine Ausgabe mehr verpassen.', 'de')).toEqual([]);
    expect(kinds('Follow us for daily updates from the stadium.', 'en')).toEqual([]);
    expect(kinds('Mehr Informationen zum Programm gibt es unter www.beispiel.example.', 'de')).toEqual([]);
  });

  it('skips appeals for witnesses and no-comment lines', () => {
    expect(kinds('Die Kriminalpolizei bittet um Hinweise aus der Bevölkerung.', 'de')).toEqual([]);
    expect(kinds('Detectives are appealing for information about the van.', 'en')).toEqual([]);
    expect(kinds('A spokesman for the club did not respond to a request for comment.', 'en')).toEqual([]);
    expect(kinds('Der Konzern wollte sich zu den Vorwürfen nicht äußern.', 'de')).toEqual([]);
  });

  it('skips disclaimers and time stamps', () => {
    expect(kinds('Zuletzt aktualisiert: 3. März, 9:40 Uhr', 'de')).toEqual([]);
    expect(kinds('All rights reserved by the publisher and its partners.', 'en')).toEqual([]);
  });

  it('skips hashtag-only lines but keeps posts that end in hashtags or emoji', () => {
    expect(kinds('#Wahl2025 #Berlin 🗳️', 'de')).toEqual([]);
    expect(kinds('Der Bäcker an der Ecke hat nach 40 Jahren zugemacht 😢 #Altstadt', 'de')).toEqual(['factual']);
    expect(kinds('honestly the worst customer service ever 🙄', 'en')).toEqual(['evaluative']);
  });

  it('keeps ordinary police reports', () => {
    expect(kinds('Die Polizei nahm am Abend zwei Verdächtige fest.', 'de')).toEqual(['factual']);
  });
});
