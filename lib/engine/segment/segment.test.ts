import { describe, expect, it } from 'vitest';
import { segmentSentences } from './index';

const texts = (t: string, lang: 'de' | 'en' = 'de') => segmentSentences(t, lang).map((s) => s.text);

describe('segmentSentences', () => {
  it('keeps German abbreviations inside the sentence', () => {
    const t = 'Viele Städte, z. B. Köln und Bonn, sparen bzw. kürzen. Dr. Meier ist ca. 50 Jahre alt. Danach kam Nr. 7.';
    expect(texts(t)).toEqual(['Viele Städte, z. B. Köln und Bonn, sparen bzw. kürzen.', 'Dr. Meier ist ca. 50 Jahre alt.', 'Danach kam Nr. 7.']);
  });

  it('keeps English abbreviations and initials', () => {
    const t = 'Mr. Jones met Mrs. Lee in the U.S. capital, i.e. Washington. Prices rose, e.g. for bread.';
    expect(texts(t, 'en')).toEqual(['Mr. Jones met Mrs. Lee in the U.S. capital, i.e. Washington.', 'Prices rose, e.g. for bread.']);
  });

  it('does not split ordinal dates and decimals', () => {
    const t = 'Am 3. Oktober 1990 kam die Einheit. Der Wert stieg um 1,5 Prozent auf 2.500 Punkte. Pi ist 3.14 groß.';
    expect(texts(t)).toHaveLength(3);
  });

  it('splits after a number that ends a sentence', () => {
    expect(texts('Es kamen 500. Danach gingen alle.')).toEqual(['Es kamen 500.', 'Danach gingen alle.']);
  });

  it('excludes footnote markers and records them', () => {
    const t = 'Der Verein hat 300 Mitglieder.12 Die Zahl wächst.³ Der Vorstand tagt.';
    const s = segmentSentences(t, 'de');
    expect(s.map((x) => x.text)).toEqual(['Der Verein hat 300 Mitglieder.', 'Die Zahl wächst.', 'Der Vorstand tagt.']);
    expect(s[0].footnote).toBe('12');
    expect(s[1].footnote).toBe('³');
  });

  it('does not break before lowercase after ellipsis or inside quotes before a comma', () => {
    const t = '„Wir warten… dann sehen wir weiter!“, sagte die Trainerin. Das Spiel endete 2:1.';
    expect(texts(t)).toEqual(['„Wir warten… dann sehen wir weiter!“, sagte die Trainerin.', 'Das Spiel endete 2:1.']);
  });

  it('marks sentences of one multi-sentence quotation with the same quote id', () => {
    const t = 'Sie sagte: „Der Haushalt steht. Wir sparen nicht an Schulen.“ Dann ging sie.';
    const s = segmentSentences(t, 'de');
    expect(s).toHaveLength(3);
    expect(s[0].quotes[0].id).toBe(s[1].quotes[0].id);
    expect(s[2].quotes).toHaveLength(0);
  });

  it('pairs nested English-style quotes used in German text', () => {
    const t = '“Die “neue” Linie gilt ab sofort für alle Busse”, erklärte der Betreiber.';
    const s = segmentSentences(t, 'de');
    expect(s[0].quotes).toHaveLength(1);
    expect(s[0].quotes[0].closed).toBe(true);
  });

  it('ends sentences at paragraph breaks and treats headings and list items as blocks', () => {
    const t = '# Haushalt 2024\n\nDie Stadt plant neue Radwege\n\nGeplant sind:\n- 20 km Radwege entlang der B9\n* neue Ampeln\n\n1. Januar 2025 ist der Start.';
    const s = segmentSentences(t, 'de');
    expect(s[0]).toMatchObject({ text: 'Haushalt 2024', block: 'heading' });
    expect(s.find((x) => x.text === 'Die Stadt plant neue Radwege')?.block).toBe('heading');
    expect(s.filter((x) => x.block === 'list').map((x) => x.text)).toEqual(['20 km Radwege entlang der B9', 'neue Ampeln']);
    expect(s.find((x) => x.text.startsWith('1. Januar 2025'))?.block).toBe('text');
  });

  it('does not split inside markdown link text', () => {
    const t = 'Siehe [Bericht. Teil Zwei](https://example.org/a.b) für Details zur Lage.';
    expect(texts(t)).toHaveLength(1);
  });

  it('guarantees exact offsets', () => {
    const t = '  Erste Zeile.  Zweite „Zeile“!\r\n\r\nDritte?  ';
    for (const s of segmentSentences(t, 'de')) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
});
