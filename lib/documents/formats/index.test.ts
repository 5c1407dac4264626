import { describe, expect, it } from 'vitest';
import { parseDocumentBytes, SUPPORTED_FORMATS } from './index.ts';
import { column, makePdf } from './test-files.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const supported = '(supported: .txt, .md, .html, .pdf, .docx)';

describe('parseDocumentBytes', () => {
  it('lists the supported formats', () => expect(SUPPORTED_FORMATS).toEqual(['.txt', '.md', '.html', '.pdf', '.docx']));

  it('keeps the text rules: BOM, line ends, a leading date line, Markdown by name', async () => {
    expect(await parseDocumentBytes(bytes('\uFEFFdate 2020-02\r\n\r\nErster Satz.\r\n\r\n\r\nZweiter.  \n'), 'a.txt')).toEqual({
      format: 'text',
      text: 'Erster Satz.\n\nZweiter.',
      meta: { published: '2020-02' },
    });
    expect((await parseDocumentBytes(bytes('# Titel\n\nText.'), 'a.md')).format).toBe('markdown');
    expect((await parseDocumentBytes(bytes('BMW meldet Rekordabsatz.'), 'bmw.txt')).text).toBe('BMW meldet Rekordabsatz.');
  });

  it('removes control characters but tabs and newlines', async () => {
    expect((await parseDocumentBytes(bytes('Eins\u0007 zwei\tdrei\u000cvier\u001b.'), 'c.txt')).text).toBe('Eins zwei\tdrei\nvier.');
  });

  it.each([
    ['empty', new Uint8Array(), 'x.txt: the file is empty'],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x41, 0]), /^x\.txt: the file is UTF-16 text/],
    ['Latin-1', new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]), /^x\.txt: the file is not valid UTF-8/],
    ['PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), `x.txt: unsupported format PNG image ${supported}`],
    ['ELF', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), `x.txt: unsupported format ELF executable ${supported}`],
    ['JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), `x.txt: unsupported format JPEG image ${supported}`],
    ['ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), `x.txt: unsupported format damaged ZIP archive ${supported}`],
    ['RTF', bytes('{\\rtf1\\ansi Hallo}'), /^x\.txt: unsupported format RTF document/],
    ['binary', new Uint8Array([1, 2, 3, 0, 4, 5]), `x.txt: unsupported format binary data ${supported}`],
  ])('refuses %s content named .txt', async (_label, input, message) => {
    await expect(parseDocumentBytes(input, 'x.txt')).rejects.toThrow(message);
  });

  it('lets the content decide: a PDF named .txt is read as a PDF, text named .pdf is refused', async () => {
    const pdf = await makePdf([column(['Ein Satz in einem PDF.'], 60)]);
    expect(await parseDocumentBytes(pdf, 'falsch.txt')).toMatchObject({ format: 'pdf', text: 'Ein Satz in einem PDF.' });
    await expect(parseDocumentBytes(bytes('Nur Text.'), 'falsch.pdf')).rejects.toThrow(`falsch.pdf: not a valid PDF file (it looks like plain text; ${supported.slice(1)}`);
  });

  it('refuses a file over the size limit before reading it', async () => {
    await expect(parseDocumentBytes(bytes('x'.repeat(3 * 1048576)), 'gross.txt', { maxBytes: 2 * 1048576 })).rejects.toThrow('gross.txt: the file is 3 MB; the limit is 2 MB (CLAIMSCOPE_MAX_IMPORT_MB)');
  });
});
