import { describe, expect, it } from 'vitest';
import { decodeDocumentText, deriveTitle, normalizeDocumentText } from './document-text.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeDocumentText', () => {
  it('reads a leading date line as the publication date and removes it from the text', () => {
    expect(decodeDocumentText(bytes(' date 2020-02 Erster Satz.\n\nZweiter.'), 'a.txt')).toEqual({ text: 'Erster Satz.\n\nZweiter.', published: '2020-02' });
    expect(decodeDocumentText(bytes('date 2021\n\n# Title\nBody text.'), 'a.md')).toEqual({ text: '# Title\nBody text.', published: '2021' });
  });

  it('keeps "date" words that are not a leading date marker', () => {
    expect(decodeDocumentText(bytes('Update: date 2020 was set.'), 'a.txt').published).toBeUndefined();
    expect(decodeDocumentText(bytes('dates 2020 differ'), 'a.txt').published).toBeUndefined();
  });

  it('strips a UTF-8 BOM and normalizes line ends', () => {
    expect(decodeDocumentText(bytes('\uFEFFOne.\r\nTwo.\rThree.'), 'a.txt').text).toBe('One.\nTwo.\nThree.');
  });

  it.each([
    ['empty', new Uint8Array(), /empty/],
    ['binary', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), /binary/],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x41, 0]), /UTF-16/],
    ['Latin-1', new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]), /UTF-8/],
    ['no letters', bytes('  \n 123 \n'), /no text/],
  ])('refuses %s input with a message naming the file', (_label, input, message) => {
    expect(() => decodeDocumentText(input, 'x.txt')).toThrow(message);
    expect(() => decodeDocumentText(input, 'x.txt')).toThrow(/^x\.txt: /);
  });
});

describe('deriveTitle', () => {
  it('prefers the first Markdown heading, without markup', () => {
    expect(deriveTitle('Intro line\n\n## The **real** title\n\nText')).toBe('The real title');
  });

  it('shortens a long first line at a word boundary', () => {
    const title = deriveTitle(`${'word '.repeat(60)}end`);
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title.endsWith('…')).toBe(true);
  });

  it('normalizes text passed in directly', () => {
    expect(normalizeDocumentText('date 2019-12-24\nText.', 'n').published).toBe('2019-12-24');
  });
});

describe('size and title hygiene', () => {
  it('refuses a file over the configured cap, naming both sizes', async () => {
    const { assertDocumentSize, MAX_DOCUMENT_BYTES } = await import('./document-text.ts');
    expect(MAX_DOCUMENT_BYTES).toBe(20 * 1024 * 1024);
    expect(() => assertDocumentSize(3 * 1048576, 'big.txt', 2 * 1048576)).toThrow('big.txt: the file is 3 MB; the limit is 2 MB');
    expect(() => assertDocumentSize(1024, 'ok.txt', 2048)).not.toThrow();
  });

  it('drops control characters from a derived title', () => {
    expect(deriveTitle('\u001BRed\u0085 alert\u0007\n\nBody.')).toBe('Red alert');
  });
});
