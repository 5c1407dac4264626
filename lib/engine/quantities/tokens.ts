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

// Digits may be grouped by . , or non-breaking/thin spaces; validity is checked per language later.
const TOKEN_RE = /(\d+(?:[.,\u00a0\u202f]\d+)*)|([\p{L}\p{M}]+(?:['’\u2010-][\p{L}\p{M}]+)*)|(\S)/gu;

export function tokenize(span: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(span); m; m = TOKEN_RE.exec(span)) {
    const kind: TokenKind = m[1] ? 'num' : m[2] ? 'word' : 'sym';
    out.push({ kind, text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
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
