// One number expression: digits or words, an optional sign and scale ("-3,5", "1,5 Mio.", "zwei Dutzend").
import type { Lang } from '../types';
import { isExcludedNumber, isWordClockTime } from './exclusions';
import { readWordNumber, type WordNumber } from './number-words';
import { parseNumeral, readScale } from './numerals';
import { type Token, isGlued } from './tokens';

export type NumberExpr = {
  value: number;
  low?: number;
  high?: number;
  vague: boolean;
  /** Scale factor applied (1 when none), so a range can share it: "2 bis 3 Millionen". */
  scale: number;
  /** Plain four-digit integer 1800–2099 without separators or scale: possibly a year. */
  yearLike: boolean;
  first: number;
  next: number;
  /** Unit inside the number word ("three-day"); a fraction that needs a unit ("a quarter of a"). */
  unit?: string;
  needsUnit?: boolean;
};

export type NumberContext = {
  tokens: Token[];
  lang: Lang;
  isInDate: (t: Token) => boolean;
  /** readWordNumber per token index, when the caller has already computed it. */
  wordNumbers?: ReadonlyArray<WordNumber | null>;
};

/** Number expression starting at token i (a sign, digits or a number word), or null. */
export function readNumber(ctx: NumberContext, i: number, hasCurrency: boolean): NumberExpr | null {
  const { tokens, lang } = ctx;
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'num') return readDigits(ctx, i, i, 1, hasCurrency);
  if (isSign(tokens, i)) return readDigits(ctx, i, i + 1, t.text === '+' ? 1 : -1, hasCurrency);
  if (t.kind !== 'word') return null;
  const cached = ctx.wordNumbers?.[i];
  const w = cached !== undefined ? cached : readWordNumber(tokens, i, lang);
  if (!w) return null;
  if (isWordClockTime(tokens, w.next, (j) => (tokens[j]?.kind === 'word' ? (readWordNumber(tokens, j, lang)?.next ?? null) : null))) return null;
  const scale = w.vague ? null : readScale(tokens, w.next, lang, hasCurrency);
  const factor = scale?.factor ?? 1;
  const expr: NumberExpr = { value: w.value * factor, vague: w.vague, scale: factor, yearLike: false, first: i, next: scale?.next ?? w.next };
  if (w.unit) expr.unit = w.unit;
  if (w.needsUnit) expr.needsUnit = true;
  if (w.low !== undefined) expr.low = w.low;
  if (w.high !== undefined) expr.high = w.high;
  return expr;
}

/** "-3,5 %" / "+2 %": a sign glued to the digits and not glued to a preceding word or number. */
function isSign(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!/^[-+−]$/.test(t.text) || tokens[i + 1]?.kind !== 'num' || !isGlued(t, tokens[i + 1])) return false;
  return !isGlued(tokens[i - 1], t);
}

function readDigits(ctx: NumberContext, first: number, k: number, sign: number, hasCurrency: boolean): NumberExpr | null {
  const { tokens, lang } = ctx;
  const t = tokens[k];
  if (ctx.isInDate(t) || isExcludedNumber(tokens, k, lang)) return null;
  const n = parseNumeral(t.text, lang);
  if (n === null) return null;
  const scale = readScale(tokens, k + 1, lang, hasCurrency);
  const factor = scale?.factor ?? 1;
  const yearLike = !scale && /^\d{4}$/.test(t.text) && n >= 1800 && n <= 2099;
  return { value: sign * n * factor, vague: false, scale: factor, yearLike, first, next: scale?.next ?? k + 1 };
}
