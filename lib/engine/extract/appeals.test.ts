import { describe, expect, it } from 'vitest';
import { extractClaims } from '../index';

const kinds = (t: string, lang: 'de' | 'en') => extractClaims(t, { lang }).claims.map((c) => c.kind);

describe('appeals, imperatives, captions and headers are not claims', () => {
  it.each([
    ['de', 'Bitte nutzen Sie während der Bauarbeiten den Seiteneingang.'],
    ['de', 'Informieren Sie sich vor der Fahrt über Ersatzbusse.'],
    ['en', 'Please keep dogs on a lead near the lake.'],
    ['en', 'Apply online before the end of the month.'],
    ['en', 'Stay tuned for more updates from the council chamber.'],
    ['en', 'Check your tyre pressure before long journeys.'],
  ] as const)('skips the appeal [%s] %s', (lang, text) => {
    expect(kinds(text, lang)).toEqual([]);
  });

  it.each([
    ['de', 'Haben Sie die neue Ausstellung schon gesehen und wie fanden Sie sie.'],
    ['en', 'Call volumes at the hotline rose by a third in May.'],
    ['en', 'Check-in times at the airport doubled during the strike.'],
    ['en', 'Keep Britain Tidy counted 400 bags of litter on the beach.'],
  ] as const)('keeps the statement [%s] %s', (lang, text) => {
    expect(kinds(text, lang)).toHaveLength(1);
  });

  it('skips captions with a photo credit and thread headers', () => {
    expect(kinds('Die neue Fußgängerbrücke kurz nach der Eröffnung. (Foto: Stadtarchiv)', 'de')).toEqual([]);
    expect(kinds('Volunteers clear the riverbank on Saturday. Photo: Jane Roe/Valley Times', 'en')).toEqual([]);
    expect(kinds('Why the new parking rules matter for small shops 🧵👇', 'en')).toEqual([]);
    expect(kinds('Kurzer Thread zur Haushaltsdebatte im Stadtrat:', 'de')).toEqual([]);
  });

  it('skips disclaimers, greetings and list headings', () => {
    expect(kinds('Quotes delayed at least 20 minutes, not investment advice.', 'en')).toEqual([]);
    expect(kinds('Actual results could differ materially from those projected today.', 'en')).toEqual([]);
    expect(kinds('Mit freundlichen Grüßen aus dem Rathaus', 'de')).toEqual([]);
    expect(kinds('Have a great weekend, everyone!', 'en')).toEqual([]);
    expect(kinds('Das ändert sich ab Januar:\n- 30 neue Ladesäulen am Bahnhof\n- Höhere Parkgebühren', 'de')).toEqual(['factual']);
  });
});

describe('short and informal claims', () => {
  it('keeps verbless bullets that state an amount or a change', () => {
    expect(kinds('Unsere Bilanz:\n- Weniger Unfälle an Schulwegen\n- 12 neue Spielplätze', 'de')).toEqual(['factual', 'factual']);
    expect(kinds('Highlights:\n- 250 new apprenticeships\n- Free parking on Sundays', 'en')).toEqual(['factual', 'factual']);
  });

  it('keeps navigation-like bullets out', () => {
    expect(kinds('- Kontakt und Anfahrt\n- Über uns', 'de')).toEqual([]);
  });

  it('reads informal posts without punctuation', () => {
    expect(kinds('heard the pool is closing for good', 'en')).toEqual(['reported']);
    expect(kinds('paid like 300 bucks for two tickets smh', 'en')).toHaveLength(1);
    expect(kinds('WE WAITED TWO HOURS FOR THE BUS AGAIN', 'en')).toHaveLength(1);
  });
});
