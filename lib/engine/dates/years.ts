// Bare four-digit years ("seit 2018", "2023 war", "zwischen 2010 und 2015"). A year-like number
// followed by a counted noun or unit ("2000 Soldaten", "1990 people") is a quantity, not a year,
// unless a strong date word precedes it ("seit 2018 Soldaten…" stays a year).
import type { Lang } from '../types';
import { isCountedNoun } from '../quantities/lexicon';
import type { DateCandidate } from './date-rules';
import { DURATION_NOUN } from './months';

const YEAR_RE = /(?<![\p{L}\d.,/:$€£+]|\p{L}-)(1[0-9]{3}|20[0-9]{2})(?![\p{L}\d]|[.,]\d|:\d)/gu;
const PREV_WORD = /([\p{L}]+)\.?\s*[(]?\s*$/u;
const NEXT_WORD = /^\s*([\p{L}][\p{L}-]*|%|€|\$|£)/u;

const STRONG_CONTEXT = new Set(
  ('seit ab bis vor nach von zwischen jahr jahre jahres geschäftsjahr haushaltsjahr anfang mitte ende ' +
    'frühjahr frühling sommer herbst winter since until till by before after during from between year ' +
    'fiscal fy early mid late spring summer autumn fall winter im')
    .split(' '),
);

const UNIT_AFTER = /^(?:%|€|\$|£|Prozent|percent|Euro|EUR|Dollar|dollars?|USD|Mio|Mrd|Millionen?|Milliarden?|million|billion|Tsd|bn|mn)$/;

/** Standalone years in `span` that are not quantities. */
export function findStandaloneYears(span: string, lang: Lang): DateCandidate[] {
  const out: DateCandidate[] = [];
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(span); m; m = YEAR_RE.exec(span)) {
    const year = Number(m[1]);
    const before = span.slice(Math.max(0, m.index - 24), m.index);
    const after = span.slice(m.index + 4, m.index + 44);
    if (isYear(year, before, after, lang)) {
      out.push({ start: m.index, end: m.index + 4, value: m[1], precision: 'year' });
    }
  }
  return out;
}

function isYear(year: number, before: string, after: string, lang: Lang): boolean {
  const next = NEXT_WORD.exec(after)?.[1] ?? '';
  if (UNIT_AFTER.test(next) || DURATION_NOUN.test(next)) return false;
  const prev = PREV_WORD.exec(before)?.[1]?.toLowerCase() ?? '';
  if (STRONG_CONTEXT.has(prev) || /\(\s*$/.test(before)) return true;
  // "der Irak 2011 Partner der NATO": right after a name a year-like number is adverbial time.
  if (/[\p{Lu}][\p{L}]*\s+$/u.test(before) && !/(?:^|[.!?:]\s*)[\p{Lu}][\p{L}]*\s+$/u.test(before)) return true;
  if (year < 1800) return false;
  return !isCountedNoun(next, lang);
}

