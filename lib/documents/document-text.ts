import { AppError } from '../errors.ts';

// Turns uploaded bytes into document text, refusing what would store garbage.

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export type DocumentText = { text: string; published?: string };

const decoder = new TextDecoder('utf-8', { fatal: true });
const dateLine = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s|$)[ \t]*/i;

export function decodeDocumentText(bytes: Uint8Array, name: string): DocumentText {
  if (bytes.length === 0) throw new AppError('BAD_INPUT', `${name}: the file is empty`);
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new AppError('BAD_INPUT', `${name}: the file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_BYTES / 1048576} MB`);
  }
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
  const clean = first.replace(/[#*_`[\]]|\(\S+\)/g, '').trim();
  if (clean.length <= 120) return clean;
  const cut = clean.slice(0, 120);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}
