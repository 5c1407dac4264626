// Minimal tokenizer for quantity parsing: numbers, words (letters joined by hyphens/apostrophes)
// and single symbols. Offsets are relative to the tokenized string.

export type TokenKind = 'num' | 'word' | 'sym';

export type Token = {
  kind: TokenKind;
  text: string;
  lower: string;
  start: number;
  end: number;
};

// Tokens are what /(\d+(?:[.,\u00a0\u202f]\d+)*)|([\p{L}\p{M}]+(?:['’\u2010-][\p{L}\p{M}]+)*)|(\S)/gu
// matches: digits (grouped by . , or non-breaking/thin spaces; validity is checked per language
// later), words, single symbols. Hand-written scanner for speed; non-ASCII classes are cached.
const LETTER = /^[\p{L}\p{M}]$/u;
const SPACE = /^\s$/u;
const CACHE = new Uint8Array(0x10000); // bit 1 known, bit 2 letter/mark, bit 4 whitespace
const DIGIT_GROUP = '.,\u00a0\u202f';
const WORD_JOIN = "'’\u2010-";

const classOf = (c: number): number => {
  if (CACHE[c] === 0) {
    const ch = String.fromCharCode(c);
    CACHE[c] = 1 | (LETTER.test(ch) ? 2 : 0) | (SPACE.test(ch) ? 4 : 0);
  }
  return CACHE[c];
};

const isDigitAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** Length (1 or 2 code units) of the letter or combining mark at i, or 0. */
const letterAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return i + 1 < s.length && LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  return classOf(c) & 2 ? 1 : 0;
};

function scanDigits(s: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < s.length && isDigitAt(s, j)) j += 1;
    if (j + 1 < s.length && DIGIT_GROUP.includes(s[j]) && isDigitAt(s, j + 1)) j += 1;
    else return j;
  }
}

function scanWord(s: string, i: number): number {
  let j = i;
  for (;;) {
    let n = letterAt(s, j);
    while (n) {
      j += n;
      n = j < s.length ? letterAt(s, j) : 0;
    }
    if (j + 1 < s.length && WORD_JOIN.includes(s[j]) && (n = letterAt(s, j + 1))) j += 1 + n;
    else return j;
  }
}

/** Code units of the non-space code point at i (2 for a surrogate pair), or 0 for whitespace. */
function symbolAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) ? 0 : 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return classOf(c) & 4 ? 0 : 1;
}

export function tokenize(span: string): Token[] {
  const out: Token[] = [];
  const push = (kind: TokenKind, start: number, end: number) => {
    const text = span.slice(start, end);
    out.push({ kind, text, lower: kind === 'num' ? text : text.toLowerCase(), start, end });
  };
  let i = 0;
  while (i < span.length) {
    let end = i;
    if (isDigitAt(span, i)) push('num', i, (end = scanDigits(span, i)));
    else if (letterAt(span, i)) push('word', i, (end = scanWord(span, i)));
    else if (symbolAt(span, i)) push('sym', i, (end = i + symbolAt(span, i)));
    i = end > i ? end : i + 1;
  }
  return out;
}

/** True when token b starts right where token a ends (no whitespace between). */
export function isGlued(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

/** Does token i + following tokens spell `phrase` (space-separated, lower-case)? Returns next index or -1. */
export function matchPhrase(tokens: Token[], i: number, phrase: string[]): number {
  let j = i;
  for (const part of phrase) {
    const t = tokens[j];
    if (!t || t.lower !== part) return -1;
    j += 1;
  }
  return j;
}
