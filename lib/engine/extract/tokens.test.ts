import { describe, expect, it } from 'vitest';
import { mayHaveEmojiOrTag, tokenize } from './tokens';

describe('tokenize', () => {
  it('yields words and the listed punctuation with absolute offsets and quotation flags', () => {
    const text = 'Er sagte: „Wir bauen 1.200 Wohnungen.“ Ende';
    const quote = { start: text.indexOf('„'), end: text.indexOf('“') };
    const tokens = tokenize(text, 0, text.length, [quote]);
    expect(tokens.map((t) => t.text)).toEqual(['Er', 'sagte', ':', '„', 'Wir', 'bauen', '1.200', 'Wohnungen', '“', 'Ende']);
    expect(tokens.filter((t) => t.inQuote).map((t) => t.text)).toEqual(['Wir', 'bauen', '1.200', 'Wohnungen']);
    expect(tokens.every((t) => text.slice(t.start, t.end) === t.text && t.lower === t.text.toLowerCase())).toBe(true);
    expect(tokens.filter((t) => !t.isWord).map((t) => t.text)).toEqual([':', '„', '“']);
  });
});

describe('mayHaveEmojiOrTag', () => {
  it('answers each text on its own, also when asked again', () => {
    expect(mayHaveEmojiOrTag('Ein Satz.')).toBe(false);
    expect(mayHaveEmojiOrTag('Ein Satz.')).toBe(false);
    expect(mayHaveEmojiOrTag('Neu #ÖPNV')).toBe(true);
    expect(mayHaveEmojiOrTag('Neu #ÖPNV')).toBe(true);
    expect(mayHaveEmojiOrTag('Toll 😤')).toBe(true);
    expect(mayHaveEmojiOrTag('Ein Satz.')).toBe(false);
  });
});
