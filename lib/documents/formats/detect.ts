import { isZipMagic, readZipEntries, type ZipEntry } from './zip.ts';

// What a file is, from its bytes alone. The name only separates Markdown from plain text.

export type Detected =
  | { kind: 'pdf' }
  | { kind: 'docx'; entries: ZipEntry[] }
  | { kind: 'html' }
  | { kind: 'text' }
  | { kind: 'unsupported'; what: string };

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

// Signatures of formats people mistake for documents, to name them in the refusal.
const MAGIC: [number[], string, number?][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [ascii('GIF8'), 'GIF image'],
  [ascii('WEBP'), 'WebP image', 8],
  [[0x49, 0x49, 0x2a, 0x00], 'TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'TIFF image'],
  [ascii('BM'), 'BMP image'],
  [[0x7f, 0x45, 0x4c, 0x46], 'ELF executable'],
  [ascii('MZ'), 'Windows executable'],
  [[0xcf, 0xfa, 0xed, 0xfe], 'Mach-O executable'],
  [[0x00, 0x61, 0x73, 0x6d], 'WebAssembly module'],
  [[0x1f, 0x8b], 'gzip archive'],
  [ascii('BZh'), 'bzip2 archive'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7-Zip archive'],
  [ascii('Rar!'), 'RAR archive'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'legacy Office file (.doc/.xls/.ppt; save it as .docx)'],
  [ascii('SQLite format 3'), 'SQLite database'],
  [ascii('ID3'), 'MP3 audio'],
  [ascii('OggS'), 'Ogg media'],
  [ascii('fLaC'), 'FLAC audio'],
  [ascii('ftyp'), 'MP4/QuickTime media', 4],
  [ascii('WAVE'), 'WAV audio', 8],
  [ascii('AVI '), 'AVI video', 8],
];

// Text-based formats we do not read, recognized even without binary bytes.
const TEXT_MAGIC: [string, string][] = [
  ['{\\rtf', 'RTF document (save it as .docx or .txt)'],
  ['%!PS', 'PostScript file'],
];

/** What a ZIP that is not a .docx holds, by its entries. */
function describeZip(entries: ZipEntry[] | null, bytes: Uint8Array): string {
  if (!entries) return 'damaged ZIP archive';
  const names = new Set(entries.map((e) => e.name));
  const mimetype = new TextDecoder().decode(bytes.subarray(38, 38 + 80));
  if (mimetype.startsWith('application/vnd.oasis.opendocument.text')) return 'OpenDocument text (.odt; save it as .docx)';
  if (mimetype.startsWith('application/epub+zip')) return 'EPUB e-book';
  if (names.has('xl/workbook.xml')) return 'Excel workbook';
  if (names.has('ppt/presentation.xml')) return 'PowerPoint presentation';
  return 'ZIP archive';
}

const htmlStart = /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** True when the first KB (after a BOM, whitespace, an XML prolog or comments) opens an HTML document. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart();
  return htmlStart.test(head.replace(/^<\?xml[^>]*>\s*/i, ''));
}

export function detectFormat(bytes: Uint8Array): Detected {
  if (startsWith(bytes, ascii('%PDF-'))) return { kind: 'pdf' };
  if (isZipMagic(bytes)) {
    const entries = readZipEntries(bytes);
    if (entries?.some((e) => e.name === 'word/document.xml')) return { kind: 'docx', entries };
    return { kind: 'unsupported', what: describeZip(entries, bytes) };
  }
  // UTF-16 text goes to the text reader, which explains how to save it as UTF-8.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { kind: 'text' };
  const binary = bytes.subarray(0, 8192).includes(0);
  // A signature of plain letters ('BM', 'MZ') also starts ordinary text: it counts only in binary data.
  for (const [sig, what, at] of MAGIC) {
    const plain = sig.every((x) => x >= 0x20 && x < 0x7f);
    if ((binary || !plain) && startsWith(bytes, sig, at ?? 0)) return { kind: 'unsupported', what };
  }
  if (binary) return { kind: 'unsupported', what: 'binary data' };
  for (const [sig, what] of TEXT_MAGIC) if (startsWith(bytes, ascii(sig))) return { kind: 'unsupported', what };
  if (looksLikeHtml(bytes)) return { kind: 'html' };
  return { kind: 'text' };
}
