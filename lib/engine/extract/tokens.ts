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

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[:,;„“”"«»]/gu;

const PUNCT_CHARS = ':,;„“”"«»';

export const isPunct = (t: Token): boolean => !t.isWord;

export const tokenize = (
  text: string,
  start: number,
  end: number,
  quotes: ReadonlyArray<{ start: number; end: number }> = [],
): Token[] => {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  const hasQuotes = quotes.length > 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const s = start + m.index;
    const word = m[0];
    const inQuote = hasQuotes && quotes.some((q) => s > q.start && s < q.end);
    tokens.push({ text: word, lower: word.toLowerCase(), start: s, end: s + word.length, inQuote, isWord: word.length > 1 || !PUNCT_CHARS.includes(word) });
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
