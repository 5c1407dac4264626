import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocumentBytes } from './index.ts';
import { docxParts, makeDocx, makeZip } from './test-files.ts';

describe('.docx', () => {
  it('reads paragraphs and the core properties', async () => {
    const bytes = await makeDocx(['Erster Absatz mit einem Satz.', 'Zweiter Absatz & mehr.'], { title: 'Ein Bericht', creator: 'Erika Beispiel' });
    const doc = await parseDocumentBytes(bytes, 'bericht.docx');
    expect(doc.format).toBe('docx');
    expect(doc.text).toBe('Erster Absatz mit einem Satz.\n\nZweiter Absatz & mehr.');
    expect(doc.meta.title).toBe('Ein Bericht');
    expect(doc.meta.authors).toEqual(['Erika Beispiel']);
    // The docx package stamps the creation time; the reader keeps its day.
    expect(doc.meta.published).toBe(new Date().toISOString().slice(0, 10));
  });

  it('reads a word processor .docx (LibreOffice) without its soft hyphens', async () => {
    const file = path.resolve(import.meta.dirname, '../../../tests/fixtures/import/formats/word-processor-de.docx');
    const doc = await parseDocumentBytes(new Uint8Array(fs.readFileSync(file)), 'word-processor-de.docx');
    expect(doc.text.split('\n\n')).toHaveLength(2);
    expect(doc.text).toMatch(/^Die Arbeitslosenquote ist im Herbst deutlich gestiegen, wie die Bundesagentur/);
    expect(doc.text).not.toContain('\u00AD');
    expect(doc.meta).toEqual({ title: 'Arbeitslosigkeit im Herbst gestiegen', authors: ['Erika Beispiel'], published: '2024-10-31', language: 'de' });
  });

  it('reads core.xml written by other tools: any prefix, entities, a language', async () => {
    const core = '<?xml version="1.0"?><cp:coreProperties xmlns:cp="x" xmlns:dc="y" xmlns:dcterms="z"><dc:title>Gewinne &amp; Verluste</dc:title><dc:creator>A. Autor</dc:creator><dc:language>en-GB</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">2021-03-04T05:06:07Z</dcterms:created></cp:coreProperties>';
    const bytes = makeZip([...docxParts(['Text of the document.']), { name: 'docProps/core.xml', data: core }]);
    const doc = await parseDocumentBytes(bytes, 'x.docx');
    expect(doc).toEqual({ format: 'docx', text: 'Text of the document.', meta: { title: 'Gewinne & Verluste', authors: ['A. Autor'], published: '2021-03-04', language: 'en' } });
  });

  it('refuses a .docx that is not a ZIP, or a ZIP that is not a Word document', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    await expect(parseDocumentBytes(random, 'kaputt.docx')).rejects.toThrow(/^kaputt\.docx: not a valid Word \(\.docx\) file \(it looks like binary data; supported: \.txt, \.md, \.html, \.pdf, \.docx\)$/);
    const zip = makeZip([{ name: 'notes/readme.txt', data: 'hello' }]);
    await expect(parseDocumentBytes(zip, 'archiv.docx')).rejects.toThrow(/^archiv\.docx: not a valid Word \(\.docx\) file \(it looks like ZIP archive;/);
    await expect(parseDocumentBytes(zip, 'archiv.txt')).rejects.toThrow(/^archiv\.txt: unsupported format ZIP archive \(supported: /);
  });

  it('refuses a ZIP bomb on the sizes its directory claims, before inflating', async () => {
    const parts = docxParts(['Kurz.']);
    parts[2] = { ...parts[2], claimSize: 0xfffffff0 };
    await expect(parseDocumentBytes(makeZip(parts), 'bombe.docx')).rejects.toThrow(/^bombe\.docx: refused as a possible ZIP bomb \(it unpacks to more than 200 MB\)$/);
  });

  it('refuses an entry that expands too many times, and one that inflates past its claim', async () => {
    const huge = `<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>${' '.repeat(30 * 1024 * 1024)}</w:t></w:r></w:p></w:body></w:document>`;
    const ratio = makeZip([...docxParts(['x']).slice(0, 2), { name: 'word/document.xml', data: huge }]);
    expect(ratio.length).toBeLessThan(100_000);
    await expect(parseDocumentBytes(ratio, 'ratio.docx')).rejects.toThrow(/possible ZIP bomb \(word\/document\.xml expands \d+ times\)/);
    const lying = makeZip([...docxParts(['x']).slice(0, 2), { name: 'word/document.xml', data: huge.slice(0, 4 * 1024 * 1024), claimSize: 1000 }]);
    await expect(parseDocumentBytes(lying, 'lügt.docx')).rejects.toThrow(/possible ZIP bomb \(word\/document\.xml unpacks to more than it claims\)/);
  });

  it('refuses a Word document without text', async () => {
    await expect(parseDocumentBytes(await makeDocx(['']), 'leer.docx')).rejects.toThrow('leer.docx: the Word document has no text');
  });
});
