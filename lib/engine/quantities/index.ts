// Quantities in a span of document text. Pure: no I/O, no framework imports.
import { extractDates } from '../dates/index';
import type { DateMention, Lang, Qualifier, Quantity } from '../types';
import { isQualifierStart, isRangeConnector, readQualifier, readRangeOpener } from './qualifiers';
import { mayStartWordNumber, readWordNumber, type WordNumber } from './number-words';
import { type NumberContext, type NumberExpr, readNumber } from './read-number';
import { inferSubject } from './subject';
import { type Token, tokenize } from './tokens';
import { readCurrencyPrefix, readUnit, spanText } from './units';

// Cheap pre-check before tokenizing. Number words are whole tokens that start with a number
// morpheme ("dreihundert", "Zehntausende"), so the German hint is anchored at a word start:
// unanchored it also fired on "deshalb", "Nacht", "gemeinsam" and sent most sentences through the reader.
const WORD_HINT = {
  de: /(?<![\p{L}\p{M}])(?:ein(?:hundert|tausend|einhalb|und|s\b)|zwei|zwo|zwanzig|drei|vier|fünf|sech|sieb|acht|neun|zehn|elf|zwölf|zig|hundert|tausend|dutzend|million|milliard|halb|anderthalb)/iu,
  en: /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|million|billion|trillion|quarter|half)/i,
};

/**
 * Quantities inside text.slice(start, end), with absolute offsets into `text`
 * (text.slice(q.start, q.end) === q.text). Qualifier words are part of the text ("rund 5.000").
 * Ranges get value = midpoint, low/high = ends, qualifier 'about' unless one is written.
 * `knownDates`: the result of extractDates for the same span, when the caller has it.
 */
export function extractQuantities(text: string, start: number, end: number, lang: Lang, knownDates?: DateMention[]): Quantity[] {
  const span = text.slice(start, end);
  if (!/\d/.test(span) && !WORD_HINT[lang].test(span)) return [];
  const tokens = tokenize(span);
  // Callers that already extracted the dates of this span pass them to avoid a second pass.
  const dates = (knownDates ?? extractDates(text, start, end, lang)).map((d) => [d.start - start, d.end - start]);
  const wordNumbers: Array<WordNumber | null> = [];
  const ctx: Ctx = { span, tokens, lang, wordNumbers, isInDate: (t) => dates.some(([s, e]) => t.start >= s && t.start < e) };
  const out: Quantity[] = [];
  const nextCore = nextNumberTokens(tokens, lang, wordNumbers);
  for (let i = 0; i < tokens.length; ) {
    // A quantity's number lies at most MAX_LEAD tokens after its start (qualifier, currency).
    if (nextCore[i] - i > MAX_LEAD) {
      i = nextCore[i] === NONE ? tokens.length : nextCore[i] - MAX_LEAD;
      continue;
    }
    const afterQuantity = out.length > 0 && out[out.length - 1].end === tokens[i - 1]?.end + start;
    const found = nextCore[i] === i || canLead(tokens, i, lang) ? readQuantity(ctx, i, afterQuantity) : null;
    if (!found) {
      i += 1;
      continue;
    }
    // buildQuantity returns a fresh object: shift it to document offsets in place.
    found.quantity.start += start;
    found.quantity.end += start;
    out.push(found.quantity);
    i = found.next;
  }
  return out;
}

const NONE = Number.MAX_SAFE_INTEGER;
/** Longest lead before the number: a four-word qualifier or range opener, "US $", a sign. */
const MAX_LEAD = 7;

// For every token index, the index of the next token that can start a number (digits or a word
// the number-word reader accepts). Lets the scan skip plain text instead of trying every token.
// The word numbers read on the way are kept in `words` for readNumber (same token, same result).
function nextNumberTokens(tokens: Token[], lang: Lang, words: Array<WordNumber | null>): number[] {
  const next = new Array<number>(tokens.length + 1).fill(NONE);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    words[i] = t.kind === 'word' && mayStartWordNumber(t.lower, lang) ? readWordNumber(tokens, i, lang) : null;
    next[i] = t.kind === 'num' || words[i] !== null ? i : next[i + 1];
  }
  return next;
}

// Tokens that may come before the number of a quantity: range opener, qualifier, currency, sign.
function canLead(tokens: Token[], i: number, lang: Lang): boolean {
  const t = tokens[i];
  return readRangeOpener(tokens, i, lang) !== null || isQualifierStart(t.lower, lang) || readCurrencyPrefix(tokens, i) > i || /^[-+−]$/.test(t.text);
}

type Ctx = NumberContext & { span: string };
type Found = { quantity: Quantity; next: number };
type Core = { a: NumberExpr; b: NumberExpr | null; currency: number; next: number };

function readQuantity(ctx: Ctx, i: number, afterQuantity: boolean): Found | null {
  const opener = readRangeOpener(ctx.tokens, i, ctx.lang);
  if (opener) {
    const core = readCore(ctx, i + 1, opener);
    if (core?.b) return buildQuantity(ctx, i, null, core);
  }
  const q = readQualifier(ctx.tokens, i, ctx.lang);
  const core = readCore(ctx, q ? q.next : i, null);
  if (!core) return null;
  // "$5bn over ten years", „erstreckt sich über 7,5 Kilometer": a preposition, not "more than".
  if (q?.qualifier === 'over' && q.next === i + 1 && isPrepositionalOver(ctx, i, core, afterQuantity)) return buildQuantity(ctx, q.next, null, core);
  return buildQuantity(ctx, i, q?.qualifier ?? null, core);
}

const PERIOD_OR_DISTANCE = /^(?:years?|months?|weeks?|days?|decades?|hours?|jahre|jahren|monate|monaten|wochen|tage|tagen|jahrzehnte|stunden|km|kilomet(?:er|re)s?|kilometern|m|met(?:er|re)s?|metern|miles?|meilen)$/i;
// Words right before "over/über" that make it a preposition: spreading, routes and races.
const OVER_BEFORE = new Set([
  'verteilt', 'gestreckt', 'erstreckt', 'erstrecken', 'verläuft', 'verlaufen', 'führt', 'läuft', 'laufen', 'rekord',
  'weltrekord', 'bestzeit', 'sieg', 'gold', 'silber', 'bronze', 'titel', 'spread', 'spreading', 'stretches',
  'stretch', 'extends', 'runs', 'distributed', 'phased', 'record', 'title', 'medal', 'gewann', 'siegte', 'won', 'race',
]);
const OVER_AFTER = new Set(['verteilt', 'hinweg', 'gestreckt', 'gestaffelt', 'verteilen']);

function isPrepositionalOver(ctx: Ctx, i: number, core: Core, afterQuantity: boolean): boolean {
  const { tokens, lang } = ctx;
  const prev = tokens[i - 1]?.lower ?? '';
  const prev2 = tokens[i - 2]?.lower ?? '';
  if (OVER_BEFORE.has(prev) || (prev === 'sich' && OVER_BEFORE.has(prev2))) return true;
  const unit = readUnit(tokens, core.next, lang, core.a.vague);
  if (!unit || !PERIOD_OR_DISTANCE.test(unit.unit)) return false;
  return afterQuantity || OVER_AFTER.has(tokens[unit.next]?.lower ?? '');
}

/** Currency? number [connector number]; `connector` forces the word after "zwischen"/"between". */
function readCore(ctx: NumberContext, j: number, connector: string | null): Core | null {
  const { tokens, lang } = ctx;
  const afterCurrency = readCurrencyPrefix(tokens, j);
  const a = readNumber(ctx, afterCurrency, afterCurrency > j);
  if (!a) return null;
  const core: Core = { a, b: null, currency: afterCurrency > j ? j : -1, next: a.next };
  const c = tokens[a.next];
  const joins = connector ? c?.lower === connector : !a.vague && isRangeConnector(c, lang);
  if (!joins) return connector ? null : core;
  const bStart = readCurrencyPrefix(tokens, a.next + 1);
  const b = readNumber(ctx, bStart, afterCurrency > j || bStart > a.next + 1);
  if (!b || b.vague) return connector ? null : core;
  if (a.scale === 1 && b.scale > 1 && a.value * b.scale <= b.value) a.value *= b.scale;
  if (b.value <= a.value || (a.yearLike && b.yearLike)) return connector ? null : core;
  return { ...core, b, next: b.next };
}

function buildQuantity(ctx: Ctx, i: number, qualifier: Qualifier | null, core: Core): Found | null {
  const { tokens, lang } = ctx;
  const { a, b } = core;
  const unit = a.unit ? null : readUnit(tokens, core.next, lang, a.vague);
  if (a.needsUnit && !unit) return null;
  const bare = !b && !unit && !a.unit && core.currency < 0 && !qualifier;
  if (bare && (a.yearLike || isAfterName(tokens, i) || isListMarker(ctx.span, tokens[i].start))) return null;
  const last = unit ? unit.last : core.next;
  const quantity: Quantity = {
    text: '',
    start: tokens[i].start,
    end: unit?.end ?? tokens[last - 1].end,
    value: b ? (a.value + b.value) / 2 : a.value,
    qualifier: qualifier ?? (a.vague ? 'few' : b ? 'about' : 'exact'),
    unit: unit?.unit ?? a.unit ?? (core.currency >= 0 ? spanText(tokens, core.currency, core.currency + 1) : null),
    subject: inferSubject({ tokens, lang, first: i, after: unit ? unit.next : core.next, unit }),
  };
  setBounds(quantity, a, b);
  quantity.text = ctx.span.slice(quantity.start, quantity.end);
  return { quantity, next: unit ? unit.next : core.next };
}

/** "Boeing 737", "Windows 11": a bare number right after a capitalised name mid-sentence. */
function isAfterName(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (!p || p.kind !== 'word' || p.text[0] === p.lower[0] || i - 1 === 0) return false;
  return !/^[.!?:;„“"«»(]$/.test(tokens[i - 2]?.text ?? '');
}

/** "- 1 Masala, Carlo 2023: …": a bare number opening a (bulleted) line numbers a list or note. */
function isListMarker(span: string, at: number): boolean {
  const lineStart = span.lastIndexOf('\n', at - 1) + 1;
  return /^[\s\-*•–]*$/.test(span.slice(lineStart, at)) && (lineStart > 0 || at > 0);
}

function setBounds(q: Quantity, a: NumberExpr, b: NumberExpr | null): void {
  if (b) {
    q.low = a.low ?? a.value;
    q.high = b.high ?? b.value;
  } else if (a.low !== undefined) {
    q.low = a.low;
    q.high = a.high;
  }
}
