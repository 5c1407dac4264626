import zlib from 'node:zlib';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

// Real files for the format tests, built at test time with pdf-lib, docx and a tiny ZIP writer
// (which can also lie about sizes, to build ZIP bombs that take no space). Test-only.

type Line = { text: string; x: number; y: number; size?: number };

export async function makePdf(pages: Line[][], meta: { title?: string; author?: string; created?: Date; language?: string } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (meta.title) doc.setTitle(meta.title);
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.created) doc.setCreationDate(meta.created);
  if (meta.language) doc.setLanguage(meta.language);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    if (!lines.length) page.drawRectangle({ x: 50, y: 50, width: 300, height: 400, color: rgb(0.2, 0.2, 0.2) });
    for (const l of lines) page.drawText(l.text, { x: l.x, y: l.y, size: l.size ?? 11, font });
  }
  return doc.save();
}

/** Lines of a text column from the top, 14 pt apart, a blank line's gap where text is ''. */
export function column(texts: string[], x: number, top = 780): Line[] {
  const lines: Line[] = [];
  let y = top;
  for (const text of texts) {
    if (text) lines.push({ text, x, y });
    y -= text ? 14 : 10;
  }
  return lines;
}

export async function makeDocx(paragraphs: string[], meta: { title?: string; creator?: string } = {}): Promise<Uint8Array> {
  const doc = new Document({
    creator: meta.creator ?? '',
    title: meta.title,
    sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export type ZipInput = { name: string; data: Uint8Array | string; store?: boolean; claimSize?: number };

/** A ZIP archive; `claimSize` makes the central directory claim another uncompressed size. */
export function makeZip(inputs: ZipInput[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const raw = Buffer.from(typeof input.data === 'string' ? Buffer.from(input.data, 'utf8') : input.data);
    const data = input.store ? raw : zlib.deflateRawSync(raw);
    const name = Buffer.from(input.name, 'utf8');
    const crc = zlib.crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(input.store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(input.claimSize ?? raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(input.store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(input.claimSize ?? raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(inputs.length, 8);
  end.writeUInt16LE(inputs.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/** The smallest parts mammoth needs for a document with these paragraphs. */
export function docxParts(paragraphs: string[]): ZipInput[] {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('');
  return [
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
    { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { name: 'word/document.xml', data: `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>` },
  ];
}
