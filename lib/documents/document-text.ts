import { AppError } from '../errors.ts';

// Turns uploaded bytes into document text, refusing what would store garbage.

/** Default cap on an imported file (CLAIMSCOPE_MAX_IMPORT_MB overrides it). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export type DocumentText = { text: string; published?: string };

const decoder = new TextDecoder('utf-8', { fatal: true });
const dateLine = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s|$)[ \t]*/i;

const megabytes = (bytes: number) => `${Number((bytes / 1048576).toFixed(1))} MB`;

/** Refuses a file over the size cap before it is read (checked on the size alone). */
export function assertDocumentSize(size: number, name: string, maxBytes = MAX_DOCUMENT_BYTES): void {
  if (size > maxBytes) throw new AppError('BAD_INPUT', `${name}: the file is ${megabytes(size)}; the limit is ${megabytes(maxBytes)} (CLAIMSCOPE_MAX_IMPORT_MB)`);
}

export function decodeDocumentText(bytes: Uint8Array, name: string, maxBytes = MAX_DOCUMENT_BYTES): DocumentText {
  if (bytes.length === 0) throw new AppError('BAD_INPUT', `${name}: the file is empty`);
  assertDocumentSize(bytes.length, name, maxBytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new AppError('BAD_INPUT', `${name}: the file is UTF-16 text; save it as UTF-8 and try again`);
  }
  if (bytes.includes(0)) throw new AppError('BAD_INPUT', `${name}: this looks like a binary file, not text`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new AppError('BAD_INPUT', `${name}: the file is not valid UTF-8 text (save it as UTF-8 and try again)`);
  }
  return normalizeDocumentText(text, name);
}

/** Strips a BOM and a leading `date YYYY[-MM[-DD]]` marker, normalizes line ends. */
export function normalizeDocumentText(raw: string, name: string): DocumentText {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let published: string | undefined;
  const m = dateLine.exec(text);
  if (m) {
    published = m[1];
    text = text.slice(m[0].length);
  }
  text = text.replace(/^\s*\n/, '').trimEnd();
  if (!/\p{L}/u.test(text)) throw new AppError('BAD_INPUT', `${name}: the file has no text`);
  return { text, published };
}

/** A title when none was given: the first Markdown heading or the first line, shortened. */
export function deriveTitle(text: string): string {
  const heading = /^#{1,6}\s+(.+)$/m.exec(text)?.[1];
  const first = heading ?? text.split('\n').find((l) => l.trim())!;
  // Control characters may sit in a body (form feeds from PDFs), never in a title.
  const clean = first.replace(/[#*_`[\]]|\(\S+\)|[\u0000-\u001F\u007F-\u009F]/g, '').trim();
  if (clean.length <= 120) return clean;
  const cut = clean.slice(0, 120);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}
