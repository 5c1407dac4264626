import { AppError } from '../../errors.ts';
import type { ParsedMeta } from './index.ts';

// Shared clean-up for what every format reader returns: metadata the file claims about itself
// (never trusted beyond its shape) and body text in the importer's form.

const controlChars = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const invisible = /[\u00AD\u200B\u2060\uFEFF]/g;
// Half a surrogate pair (from a JSON escape or a broken font map) is no character at all.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One-line metadata value: no control characters, whitespace collapsed, cut at a word near `max`. */
export function cleanMetaText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const clean = value.replace(controlChars, ' ').replace(invisible, '').replace(loneSurrogate, '').replace(/\s+/g, ' ').trim();
  if (!clean || !/[\p{L}\p{N}]/u.test(clean)) return undefined;
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), Math.floor(max / 2)))}…`;
}

export const cleanTitle = (v: unknown) => cleanMetaText(v, 300);
export const cleanName = (v: unknown) => cleanMetaText(v, 120);

/** Distinct cleaned author names, in order; undefined when none is left. */
export function cleanAuthors(values: unknown[]): string[] | undefined {
  const seen = new Map<string, string>();
  for (const v of values) {
    const name = cleanName(v);
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return seen.size ? [...seen.values()].slice(0, 20) : undefined;
}

/** An absolute http(s) URL, or undefined. */
export function cleanUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value.trim() || value.length > 2000) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname && url.href.length <= 2000 ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A publication date as YYYY-MM-DD, YYYY-MM or YYYY, as precise as the value is; undefined unless
 * plausible (1800 to next year, a real calendar day). Reads ISO 8601, PDF `D:YYYYMMDD…` and dates
 * Date.parse understands (RFC 2822).
 */
export function normalizePublished(value: unknown, now = new Date()): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  const iso = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(v) ?? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s+Z])/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  let year: number;
  let month: number | undefined;
  let day: number | undefined;
  if (iso) {
    year = Number(iso[1]);
    month = iso[2] ? Number(iso[2]) : undefined;
    day = iso[3] ? Number(iso[3]) : undefined;
  } else {
    const parsed = /[a-z]/i.test(v) && /\d{4}/.test(v) ? new Date(v) : null;
    if (!parsed || Number.isNaN(parsed.getTime())) return undefined;
    [year, month, day] = [parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, parsed.getUTCDate()];
  }
  if (year < 1800 || year > now.getUTCFullYear() + 1) return undefined;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || date.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 'de' or 'en' from a language tag (de-DE, en_US, EN); undefined for others. */
export function languageOf(tag: unknown): ParsedMeta['language'] {
  if (typeof tag !== 'string') return undefined;
  const prefix = /^\s*([a-z]{2,3})(?:$|[-_\s])/i.exec(tag)?.[1]?.toLowerCase();
  return prefix === 'de' || prefix === 'en' ? prefix : undefined;
}

/** Drops undefined fields so results compare and serialize cleanly. */
export function compactMeta(meta: ParsedMeta): ParsedMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as ParsedMeta;
}

/**
 * Body text in the importer's form: `\n` line ends, no control characters but \n and \t, no
 * trailing spaces, paragraphs separated by exactly one blank line, trimmed. Refuses a text with
 * no letters and one over the size limit (a small file can unpack to a large text).
 */
export function finishText(raw: string, name: string, maxBytes: number, empty = `${name}: the file has no text`): string {
  const text = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u000B\u000C\u2028\u2029]/g, '\n')
    .replace(controlChars, '')
    .replace(invisible, '')
    .replace(loneSurrogate, '')
    .replace(/\u00A0/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!/\p{L}/u.test(text)) throw new AppError('BAD_INPUT', empty);
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) {
    throw new AppError('BAD_INPUT', `${name}: the extracted text is ${mb(size)}; the limit is ${mb(maxBytes)} (CLAIMSCOPE_MAX_IMPORT_MB)`);
  }
  return text;
}

export const mb = (bytes: number) => `${Number((bytes / 1048576).toFixed(1))} MB`;
