import mammoth from 'mammoth';
import { AppError } from '../../errors.ts';
import type { ParsedDocument } from './index.ts';
import { cleanAuthors, cleanTitle, compactMeta, finishText, languageOf, normalizePublished } from './meta.ts';
import { assertZipClaims, readZipEntry, type ZipEntry } from './zip.ts';

// .docx: a ZIP checked by zip.ts before mammoth inflates it, the body as mammoth's raw text
// (one paragraph per Word paragraph), metadata from docProps/core.xml.

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, ref: string) => {
    if (ref[0] !== '#') return entities[ref] ?? all;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** The first element with this local name (any namespace prefix), as text. */
function element(xml: string, local: string): string | undefined {
  const m = new RegExp(`<(?:[\\w.-]+:)?${local}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}>`).exec(xml);
  return m ? decodeXml(m[1].replace(/<[^>]*>/g, '')) : undefined;
}

function coreMeta(xml: string): ParsedDocument['meta'] {
  const creator = element(xml, 'creator');
  return compactMeta({
    title: cleanTitle(element(xml, 'title')),
    authors: cleanAuthors(creator ? creator.split(/\s*;\s*/) : []),
    published: normalizePublished(element(xml, 'created')),
    language: languageOf(element(xml, 'language')),
  });
}

export async function parseDocx(bytes: Uint8Array, entries: ZipEntry[], name: string, maxBytes: number): Promise<ParsedDocument> {
  // A .docx of 20 MB that unpacks past ten times that is not a letter.
  assertZipClaims(entries, name, { maxTotal: 10 * maxBytes, maxRatio: 200, maxEntries: 5000 });
  // Every entry inflates within its claim before mammoth sees the archive.
  let core: string | undefined;
  for (const entry of entries) {
    const data = readZipEntry(bytes, entry, name);
    if (entry.name === 'docProps/core.xml') core = new TextDecoder().decode(data);
  }
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (e) {
    throw new AppError('BAD_INPUT', `${name}: the Word document is damaged (${(e as Error).message})`, { cause: e });
  }
  const text = finishText(raw, name, maxBytes, `${name}: the Word document has no text`);
  return { format: 'docx', text, meta: core ? coreMeta(core) : {} };
}
