import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocumentBytes } from './index.ts';
import { joinLines, layoutPage } from './pdf-layout.ts';
import { column, makePdf } from './test-files.ts';

const fixtures = path.resolve(import.meta.dirname, '../../../tests/fixtures/import/formats');

describe('PDF', () => {
  it('reads the text layer in paragraphs, repairs line-end hyphens and reads the info dictionary', async () => {
    const bytes = await makePdf(
      [
        column([
          'Die Preise sind im Mai deutlich ge-',
          'stiegen, meldete das Amt.',
          '',
          'Die Nato-',
          'Mission wird verlängert, sagte',
          'die Ministerin.',
        ], 60),
        column(['Zweite Seite.'], 60),
      ],
      { title: 'Preise steigen', author: 'Anna Muster; Ben Beispiel', created: new Date('2023-05-06T10:00:00Z'), language: 'de-DE' },
    );
    const doc = await parseDocumentBytes(bytes, 'bericht.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.text).toBe(
      'Die Preise sind im Mai deutlich gestiegen, meldete das Amt.\n\nDie Nato-Mission wird verlängert, sagte die Ministerin.\n\nZweite Seite.',
    );
    expect(doc.meta).toEqual({ title: 'Preise steigen', authors: ['Anna Muster', 'Ben Beispiel'], published: '2023-05-06', language: 'de' });
  });

  it('reads a two-column page column by column, not line by line across', async () => {
    const left = Array.from({ length: 8 }, (_, i) => `Links ${i + 1} erzählt die erste Spalte.`);
    const right = Array.from({ length: 8 }, (_, i) => `Rechts ${i + 1} setzt fort.`);
    const bytes = await makePdf([[{ text: 'Eine Schlagzeile über beide Spalten hinweg', x: 60, y: 810, size: 16 }, ...column(left, 60), ...column(right, 320)]]);
    const { text } = await parseDocumentBytes(bytes, 'zwei-spalten.pdf');
    expect(text.startsWith('Eine Schlagzeile über beide Spalten hinweg\n\n')).toBe(true);
    const positions = [...left, ...right].map((line) => text.indexOf(line));
    expect(positions.every((p) => p >= 0)).toBe(true);
    // Every left line before every right line: the columns are not interleaved.
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('reads three columns in order, carries a paragraph over a column and page end, and drops page numbers', async () => {
    const columns = [0, 1, 2].map((c) => Array.from({ length: 7 }, (_, i) => `Spalte${c + 1} Zeile${i + 1} und`));
    const bytes = await makePdf([
      [...columns.flatMap((lines, c) => column(lines, 40 + c * 180)), { text: '1', x: 290, y: 40 }],
      [{ text: 'Seite 2 von 2', x: 260, y: 810 }, ...column(['weiter im Satz.'], 40)],
    ]);
    const { text } = await parseDocumentBytes(bytes, 'drei.pdf');
    const words = text.split(/\s+/).filter((w) => w.startsWith('Spalte'));
    expect(words).toEqual(columns.flat().map((l) => l.split(' ')[0]));
    expect(text).not.toMatch(/\n\n/);
    expect(text.endsWith('Spalte3 Zeile7 und weiter im Satz.')).toBe(true);
    expect(text).not.toMatch(/Seite 2|\b1$/);
  });

  it('refuses a PDF without a text layer (a scan) with a hint to run OCR', async () => {
    const bytes = await makePdf([[]]);
    await expect(parseDocumentBytes(bytes, 'scan.pdf')).rejects.toThrow('scan.pdf: the PDF has no text layer (a scan?); run OCR first');
  });

  it('refuses a truncated PDF as damaged', async () => {
    const bytes = await makePdf([column(['Ein Satz auf der ersten Seite.'], 60)], { title: 'Kaputt' });
    await expect(parseDocumentBytes(bytes.slice(0, Math.floor(bytes.length / 2)), 'halb.pdf')).rejects.toThrow(/^halb\.pdf: the PDF is damaged or incomplete \(it does not end with %%EOF/);
    // Whole length, but the structure overwritten: pdf.js cannot read it.
    const garbled = bytes.slice();
    garbled.fill(0x20, 9, bytes.length - 10);
    await expect(parseDocumentBytes(garbled, 'kaputt.pdf')).rejects.toThrow(/^kaputt\.pdf: the PDF is damaged or incomplete \(/);
  });

  it('reads a word processor PDF (LibreOffice) with its hyphens and paragraphs', async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(fixtures, 'word-processor-de.pdf')));
    const doc = await parseDocumentBytes(bytes, 'word-processor-de.pdf');
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toMatch(/^Die Arbeitslosenquote ist im Herbst deutlich gestiegen,/);
    expect(doc.text).toContain('Industriekonjunktur und die hohen Energiepreise zurück.');
    expect(doc.text).not.toMatch(/(?<!\n)\n(?!\n)/);
    expect(doc.meta).toMatchObject({ title: 'Arbeitslosigkeit im Herbst gestiegen', authors: ['Erika Beispiel'], language: 'de' });
  });

  it('reads a word processor two-column PDF (LibreOffice) column by column', async () => {
    const { text } = await parseDocumentBytes(new Uint8Array(fs.readFileSync(path.join(fixtures, 'two-columns-de.pdf'))), 'two-columns-de.pdf');
    const paragraphs = text.split('\n\n');
    expect(paragraphs.map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual(['Mehr Busse', 'Der Stadtrat', 'Oberbürgermeisterin Petra', 'Die Verkehrsbetriebe', 'Kritik kam']);
    expect(paragraphs[1]).toMatch(/Landesmitteln gedeckt werden\.$/);
    expect(paragraphs[4]).toMatch(/in den nächsten zehn Jahren\.$/);
  });

  it('applies the size limit to the extracted text', async () => {
    const bytes = await makePdf([column(Array.from({ length: 40 }, () => 'Ein ziemlich langer Satz, der Platz braucht.'), 60)]);
    await expect(parseDocumentBytes(bytes, 'lang.pdf', { maxBytes: 1200 })).rejects.toThrow(/lang\.pdf: (the extracted text is|the file is)/);
  });
});

describe('joinLines', () => {
  it.each([
    ['ge-', 'stiegen', 'gestiegen'],
    ['Nato-', 'Mission', 'Nato-Mission'],
    ['Bundes-', 'und Landesmittel', 'Bundes- und Landesmittel'],
    ['Covid-', '19-Fälle', 'Covid-19-Fälle'],
    ['ein', 'Satz', 'ein Satz'],
    ['Preis\u00AD', 'anstieg', 'Preisanstieg'],
    ['minus -', 'drei', 'minus - drei'],
  ])('%s + %s → %s', (a, b, joined) => expect(joinLines(a, b)).toBe(joined));
});

describe('layoutPage', () => {
  it('ignores items at impossible positions and survives a page of many items', () => {
    const items = Array.from({ length: 200_000 }, (_, i) => ({ str: 'w', x: 50 + (i % 50) * 8, y: 800 - Math.floor(i / 50) * 0.2, width: 5, size: 10 }));
    items.push({ str: 'Nirgendwo', x: Number.NaN, y: 1e30, width: 5, size: 10 });
    const text = layoutPage(items).join(' ');
    expect(text).toContain('w');
    expect(text).not.toContain('Nirgendwo');
  });

  it('drops page numbers at a block edge but keeps a year', () => {
    const item = (str: string, y: number) => ({ str, x: 50, y, width: str.length * 5, size: 10 });
    expect(layoutPage([item('- 4 -', 800), item('2024', 700), item('Ein Satz.', 660), item('Page 4 of 9', 100)])).toEqual(['2024', 'Ein Satz.']);
  });

  it('starts a paragraph at a vertical gap and at an indented first line', () => {
    const item = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5, size: 10 });
    const text = layoutPage([item('Erste Zeile', 50, 700), item('geht weiter', 50, 688), item('Neuer Absatz', 50, 660), item('Eingerückt beginnt', 70, 648), item('der dritte', 50, 636)]);
    expect(text).toEqual(['Erste Zeile geht weiter', 'Neuer Absatz', 'Eingerückt beginnt der dritte']);
  });
});
