// Pairs quotation marks inside one paragraph. The same glyph opens in one convention and closes
// in another („…“ vs “…”), so we decide by flanking (what sits left/right of the mark) plus a stack.

export type QuoteSpan = {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark, or the paragraph end when unclosed. */
  end: number;
  open: string;
  close: string | null;
};

type Opener = { char: string; pos: number; single: boolean };

const SPACE = /\s/;
const OPEN_LEFT = /[\s([{\-–—/„“”"»«‚‘']/;
const CLOSE_RIGHT = /[\s.,;:!?)\]}\-–—…„“”"»«‚‘’'¹²³⁴⁵⁶⁷⁸⁹⁰0-9]/;

const isOpenFlank = (text: string, i: number, from: number, to: number): boolean => {
  const prev = i > from ? text[i - 1] : ' ';
  const next = i + 1 < to ? text[i + 1] : ' ';
  return OPEN_LEFT.test(prev) && !SPACE.test(next);
};

const isCloseFlank = (text: string, i: number, from: number, to: number): boolean => {
  const prev = i > from ? text[i - 1] : ' ';
  const next = i + 1 < to ? text[i + 1] : ' ';
  return !SPACE.test(prev) && CLOSE_RIGHT.test(next);
};

// Which openers a closing glyph may close.
const CLOSES: Record<string, string> = {
  '“': '„“', '”': '“”„"', '"': '"“„”', '«': '»', '»': '«', '‘': '‚‘', '’': '‘‚\'', "'": "'‘‚",
};
const SINGLE = new Set(['‚', '‘', '’', "'"]);
const ALWAYS_OPEN = new Set(['„', '‚']);
const QUOTE_CHARS = /[„‚“”"«»‘’']/g;

const findOpener = (stack: Opener[], closer: string): number => {
  const allowed = CLOSES[closer] ?? '';
  for (let k = stack.length - 1; k >= 0; k--) {
    if (allowed.includes(stack[k].char)) return k;
  }
  return -1;
};

/** Top-level quote spans within text[from, to). */
export const findQuoteSpans = (text: string, from: number, to: number): QuoteSpan[] => {
  const spans: QuoteSpan[] = [];
  const stack: Opener[] = [];
  const closeAt = (k: number, i: number, c: string) => {
    // Only quotes not nested in another double quote are reported.
    if (stack.slice(0, k).every((o) => o.single)) {
      spans.push({ start: stack[k].pos, end: i + 1, open: stack[k].char, close: c });
    }
    stack.length = k;
  };
  QUOTE_CHARS.lastIndex = from;
  for (let m = QUOTE_CHARS.exec(text); m && m.index < to; m = QUOTE_CHARS.exec(text)) {
    const i = m.index;
    const c = text[i];
    if (ALWAYS_OPEN.has(c)) {
      stack.push({ char: c, pos: i, single: c === '‚' });
      continue;
    }
    const canClose = isCloseFlank(text, i, from, to);
    const k = findOpener(stack, c);
    // “ after an open „ is a closer in German even when flanking is ambiguous.
    if (k >= 0 && (canClose || (c === '“' && stack[k].char === '„'))) {
      closeAt(k, i, c);
    } else if (isOpenFlank(text, i, from, to) && c !== '’') {
      stack.push({ char: c, pos: i, single: SINGLE.has(c) });
    }
  }
  // An unclosed double quote runs to the paragraph end; unclosed singles were apostrophes.
  const firstDouble = stack.find((o) => !o.single);
  if (firstDouble) spans.push({ start: firstDouble.pos, end: to, open: firstDouble.char, close: null });
  return spans.sort((a, b) => a.start - b.start).filter((s, i, all) => i === 0 || s.start >= all[i - 1].end);
};
