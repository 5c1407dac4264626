// Date mentions in a span of document text. Pure: no I/O, no framework imports.
import type { DateMention, Lang } from '../types';
import { type DateCandidate, findRuleDates } from './date-rules';
import { findStandaloneYears } from './years';

/**
 * Date mentions inside text.slice(start, end), with absolute offsets into `text`
 * (text.slice(d.start, d.end) === d.text). Values are ISO-like; unknown years are "XXXX"
 * ("im Januar" → "XXXX-01", precision month). Prepositions (am, im, seit, in, since) are not
 * part of the mention; modifiers that narrow it (Mitte, Anfang, Sommer, early, late) are.
 * Weekdays and relative dates ("gestern", "last year") are skipped.
 */
export function extractDates(text: string, start: number, end: number, lang: Lang): DateMention[] {
  const span = text.slice(start, end);
  if (!/\d|[A-ZÄÖÜ]/.test(span)) return [];
  const rules = findRuleDates(span, lang);
  const candidates = /\d{4}/.test(span) ? [...rules, ...findStandaloneYears(span, lang)] : rules;
  return pickNonOverlapping(candidates).map((c) => ({
    text: span.slice(c.start, c.end),
    start: c.start + start,
    end: c.end + start,
    value: c.value,
    precision: c.precision,
  }));
}

/** Earliest first; on equal start the longest (most specific) wins; overlaps are dropped. */
function pickNonOverlapping(candidates: DateCandidate[]): DateCandidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateCandidate[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    out.push(c);
    lastEnd = c.end;
  }
  return out;
}
