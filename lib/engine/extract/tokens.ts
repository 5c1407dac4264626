// Word tokens with absolute offsets; the unit every rule works on.

export type Token = {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Inside a quotation (direct speech or scare quotes). */
  inQuote: boolean;
  /** Letters or digits, not one of the punctuation tokens. */
  isWord: boolean;
};

// Tokens are what /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[:,;„“”"«»]/gu matches. A hand-written
// scanner with an ASCII fast path does the same at a fraction of the cost (this runs on every
// sentence); non-ASCII code units are classified once and cached.
const PUNCT_CHARS = ':,;„“”"«»';
const JOINERS = "-'’.";
const ALNUM = /^[\p{L}\p{N}]$/u;
const BMP_CACHE = new Uint8Array(0x10000); // 0 unknown, 1 letter/digit, 2 other

/** Length in code units (1 or 2) of the letter or digit at i, or 0. */
const alnumAt = (text: string, i: number, end: number): number => {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return i + 1 < end && ALNUM.test(text.slice(i, i + 2)) ? 2 : 0;
  if (BMP_CACHE[c] === 0) BMP_CACHE[c] = ALNUM.test(text[i]) ? 1 : 2;
  return BMP_CACHE[c] === 1 ? 1 : 0;
};

/** End of the word starting at i: letters/digits, joined by single hyphens, apostrophes or dots. */
const wordEnd = (text: string, i: number, end: number): number => {
  let j = i;
  for (;;) {
    let n = alnumAt(text, j, end);
    while (j < end && n) {
      j += n;
      n = j < end ? alnumAt(text, j, end) : 0;
    }
    if (j + 1 < end && JOINERS.includes(text[j]) && (n = alnumAt(text, j + 1, end))) j += 1 + n;
    else return j;
  }
};

export const isPunct = (t: Token): boolean => !t.isWord;

/** Cheap pre-check for emoji/hashtag patterns: a "#", ©/® or a character from U+203C up (emoji, pictographs). */
// The skip rules and the style cue ask this of the same sentence text: the last answer is kept.
let lastText: string | null = null;
let lastAnswer = false;
export const mayHaveEmojiOrTag = (text: string): boolean => {
  if (text === lastText) return lastAnswer;
  let found = false;
  for (let i = 0; i < text.length && !found; i++) {
    const c = text.charCodeAt(i);
    found = c === 0x23 || c === 0xa9 || c === 0xae || c >= 0x203c;
  }
  lastText = text;
  lastAnswer = found;
  return found;
};

const isInside = (quotes: ReadonlyArray<{ start: number; end: number }>, at: number): boolean => {
  for (const q of quotes) if (at > q.start && at < q.end) return true;
  return false;
};

export const tokenize = (
  text: string,
  start: number,
  end: number,
  quotes: ReadonlyArray<{ start: number; end: number }> = [],
): Token[] => {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i += 1;
      continue;
    }
    const isWord = alnumAt(text, i, end) > 0;
    if (!isWord && !PUNCT_CHARS.includes(text[i])) {
      i += 1;
      continue;
    }
    const e = isWord ? wordEnd(text, i, end) : i + 1;
    const word = text.slice(i, e);
    const inQuote = quotes.length > 0 && isInside(quotes, i);
    tokens.push({ text: word, lower: word.toLowerCase(), start: i, end: e, inQuote, isWord });
    i = e;
  }
  return tokens;
};

/** Index of the first token whose lowercase text is in `words`, or -1. */
export const findWord = (tokens: Token[], words: ReadonlySet<string>, from = 0): number => {
  for (let i = from; i < tokens.length; i++) if (words.has(tokens[i].lower)) return i;
  return -1;
};

/** Whether the lowercase token sequence `phrase` ("nach angaben") occurs; returns its index. */
export const findPhrase = (tokens: Token[], phrase: string[]): number => {
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (tokens[i + k].lower !== phrase[k]) continue outer;
    return i;
  }
  return -1;
};
