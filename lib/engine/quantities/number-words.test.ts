import { describe, expect, it } from 'vitest';
import { mayStartWordNumber, readWordNumber } from './number-words';
import { tokenize } from './tokens';

// The pre-check must never reject a word that the reader accepts (it only saves work).
const SAMPLES = {
  de: 'ein paar hundert Menschen, einige tausend Fans, Hunderttausende, eineinhalb Millionen, anderthalb Dutzend, zweiundzwanzig Kinder, dreihundertfünfzig Euro, eine Milliarde, Zehntausende Besucher, sechzig, siebzehn, einen halben Meter, mehrere Dutzend Boote, wenige hundert Meter, etliche tausend',
  en: 'a few hundred people, several thousand fans, hundreds of thousands, tens of millions, a couple of dozen, twenty-two children, three hundred and fifty, half a million, one billion, dozens of boats, a dozen eggs, millions, an estimated',
};

describe('mayStartWordNumber', () => {
  for (const lang of ['de', 'en'] as const) {
    it(`accepts every ${lang} token that starts a number in words`, () => {
      const tokens = tokenize(SAMPLES[lang]);
      const starts = tokens.filter((_, i) => readWordNumber(tokens, i, lang) !== null);
      expect(starts.length).toBeGreaterThan(8);
      for (const t of starts) expect(mayStartWordNumber(t.lower, lang), t.text).toBe(true);
    });
  }

  it('rejects ordinary words', () => {
    expect(mayStartWordNumber('regierung', 'de')).toBe(false);
    expect(mayStartWordNumber('government', 'en')).toBe(false);
  });
});
