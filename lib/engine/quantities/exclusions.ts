// Numbers that are not quantities: codes (G7, F-35, COVID-19), footnotes ("Soldaten.12", "Irak3"),
// times and scores (14:30, 3:1), fractions/phone parts (1/3, +49 30…), ordinals (3., 1st),
// decades (1990er, 1990s) and section/version/rank numbers ("Abschnitt 3", "Platz 2").
import type { Lang } from '../types';
import { parseNumeral } from './numerals';
import { type Token, isGlued } from './tokens';

const FOOTNOTE_PUNCT = new Set(['.', ',', ';', ':', ')', '"', '“', '”', '»', '«', "'", '’', '!', '?']);
const GLUED_UNIT = /^(?:k|m|bn|mn|mln|b|tn|km|kg|g|t|mg|l|ml|cm|mm|m²|m³|ha|qm|mph|kmh|gw|mw|kw|kwh|gwh|twh|mwh|gb|tb|mb|ppm|h|min|mio|mrd|tsd|prozent|euro|dollar|x)$/i;
const SECTION_WORDS = new Set(
  ('abschnitt kapitel artikel art absatz abs nr nummer no number section chapter article paragraph ' +
    'paragraf page seite s p pp fig abb abbildung tabelle table figure version v ziffer platz rang rank ' +
    'folge episode staffel teil band heft jahrgang level stufe runde round gleis linie line zimmer room ' +
    'anlage anhang appendix annex tel telefon phone fax season vol volume')
    .split(' '),
);
const ORDINAL_CONTEXT = new Set(
  'der die das den dem des am zum zur im vom beim jeder jede jedes sein seine ihr ihre ihrem seinem ab bis'.split(' '),
);
const TIME_WORDS = new Set(['uhr', "o'clock", 'am', 'pm', 'a.m', 'p.m']);

/** True when the number token at k must not be read as a quantity. */
export function isExcludedNumber(tokens: Token[], k: number, lang: Lang): boolean {
  const [p2, p1, t, n1, n2] = [tokens[k - 2], tokens[k - 1], tokens[k], tokens[k + 1], tokens[k + 2]];
  return (
    isGluedToCode(p2, p1, t) ||
    isCompoundNumber(p2, p1, t, n1, n2) ||
    hasGluedSuffix(t, n1) ||
    (isSectionNumber(p2, p1) && !isCountAfterArticleNoun(tokens, k, lang)) ||
    isTime(t, n1) ||
    isClockTime(tokens, k) ||
    isRoadNumber(tokens, k) ||
    isScore(tokens, k, lang) ||
    isPhoneRun(tokens, k) ||
    (lang === 'de' && isGermanOrdinal(tokens, k))
  );
}

function isGluedToCode(p2: Token | undefined, p1: Token | undefined, t: Token): boolean {
  if (!p1 || !isGlued(p1, t)) return false;
  if (p1.kind === 'word') return true; // G7, Irak3, A380
  if (!p2 || !isGlued(p2, p1) || p2.kind !== 'word') return false;
  return p1.text === '-' || p1.text === '‐' || FOOTNOTE_PUNCT.has(p1.text); // F-35, "Soldaten.12"
}

function isCompoundNumber(p2?: Token, p1?: Token, t?: Token, n1?: Token, n2?: Token): boolean {
  const joins = (s?: string): boolean => s === ':' || s === '/';
  if (p1 && p2 && joins(p1.text) && p2.kind === 'num' && isGlued(p2, p1) && isGlued(p1, t)) return true;
  if (n1 && n2 && joins(n1.text) && n2.kind === 'num' && isGlued(t, n1) && isGlued(n1, n2)) return true;
  // Phone numbers: "+49 30 …", "(030) 1234"
  if (p1?.text === '+' && isGlued(p1, t) && n1?.kind === 'num') return true;
  return p1?.text === '(' && n1?.text === ')' && n2?.kind === 'num';
}

/** Digit groups separated only by spaces: "+49 30 1234567", "030 123 456". */
function isPhoneRun(tokens: Token[], k: number): boolean {
  let s = k;
  while (tokens[s - 1]?.kind === 'num') s -= 1;
  let e = k;
  while (tokens[e + 1]?.kind === 'num') e += 1;
  const plus = tokens[s - 1]?.text === '+' && isGlued(tokens[s - 1], tokens[s]);
  return (plus && e > s) || e - s >= 2;
}

/** "2-1", "3–0": glued dash between numbers where the second is not larger (a range would be). */
function isScore(tokens: Token[], k: number, lang: Lang): boolean {
  const dash = (x?: Token): boolean => !!x && /^[-–]$/.test(x.text);
  const value = (x: Token): number => parseNumeral(x.text, lang) ?? NaN;
  const [p2, p1, t, n1, n2] = [tokens[k - 2], tokens[k - 1], tokens[k], tokens[k + 1], tokens[k + 2]];
  if (dash(n1) && n2?.kind === 'num' && isGlued(t, n1) && isGlued(n1, n2)) return !(value(n2) > value(t));
  if (dash(p1) && p2?.kind === 'num' && isGlued(p2, p1) && isGlued(p1, t)) return !(value(t) > value(p2));
  return false;
}

function hasGluedSuffix(t: Token, n1?: Token): boolean {
  return !!n1 && n1.kind === 'word' && isGlued(t, n1) && !GLUED_UNIT.test(n1.text);
}

function isSectionNumber(p2?: Token, p1?: Token): boolean {
  if (!p1) return false;
  if (p1.text === '§' || p1.text === '#' || p1.text === '№') return true;
  if (p1.kind === 'word') return SECTION_WORDS.has(p1.lower);
  return p1.text === '.' && p2?.kind === 'word' && isGlued(p2, p1) && SECTION_WORDS.has(p2.lower);
}

const ARTICLES_DE = new Set(['die', 'der', 'das', 'den', 'dem', 'des', 'eine', 'einer', 'ein', 'unsere', 'ihre', 'seine']);
/**
 * „die Anlage 164 Parzellen", „die Runde 12 Teams": after an article the word is a noun of its own
 * (the facility, the round), and the number counts the noun that follows it; „Anlage 3" and
 * „die Linie 7 fährt" stay labels.
 */
function isCountAfterArticleNoun(tokens: Token[], k: number, lang: Lang): boolean {
  const [p2, n1] = [tokens[k - 2], tokens[k + 1]];
  return lang === 'de' && !!p2 && ARTICLES_DE.has(p2.lower) && n1?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(n1.text) && !SECTION_WORDS.has(n1.lower);
}

function isTime(t: Token, n1?: Token): boolean {
  return !!n1 && TIME_WORDS.has(n1.lower) && (n1.lower !== 'am' || isGlued(t, n1));
}

const RANGE_WORDS = new Set(['bis', 'to', 'und', 'and', '-', '–']);
// "9 a.m." split into letters and dots; "11 bis 17 Uhr": the first end of a clock range.
function isClockTime(tokens: Token[], k: number): boolean {
  const [n1, n2, n3] = [tokens[k + 1], tokens[k + 2], tokens[k + 3]];
  if (n1 && (n1.lower === 'a' || n1.lower === 'p') && n2?.text === '.' && n3?.lower === 'm') return true;
  return !!n1 && RANGE_WORDS.has(n1.lower) && n2?.kind === 'num' && isTime(n2, n3);
}

/**
 * A number word as a clock time: "um fünf Uhr", "at five o'clock", "zwischen ein und fünf Uhr"
 * (`next` is the token after the word number, `nextNumberEnd` the token after a second number there).
 */
export function isWordClockTime(tokens: Token[], next: number, nextNumberEnd: (i: number) => number | null): boolean {
  const n1 = tokens[next];
  if (!n1) return false;
  if (TIME_WORDS.has(n1.lower) && n1.lower !== 'am') return true;
  if (!RANGE_WORDS.has(n1.lower)) return false;
  const end = tokens[next + 1]?.kind === 'num' ? next + 2 : nextNumberEnd(next + 1);
  const after = end === null ? undefined : tokens[end];
  return !!after && TIME_WORDS.has(after.lower) && after.lower !== 'am';
}

// "the 405", „die A7 … die 405 bei Irvine": a bare number after an article, followed by no noun,
// names a road or route, not an amount.
const ROAD_ARTICLES = new Set(['the', 'die', 'der']);
const ROAD_NEXT = new Set(['at', 'near', 'in', 'on', 'and', 'between', 'north', 'south', 'east', 'west', 'bei', 'auf', 'zwischen', 'und', 'ab', 'nach', 'richtung', 'freeway', 'highway']);
function isRoadNumber(tokens: Token[], k: number): boolean {
  const [p1, t, n1] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  if (!p1 || !ROAD_ARTICLES.has(p1.lower) || !/^\d{2,3}$/.test(t.text)) return false;
  return !n1 || (n1.kind !== 'word' && n1.kind !== 'num' && n1.text !== '%') || ROAD_NEXT.has(n1.lower);
}

/**
 * "3." is an ordinal in German unless it ends the span (end of sentence). Also an ordinal when a
 * lower-case word follows ("die 3. größte") or an article/preposition precedes ("am 3. Tag").
 */
function isGermanOrdinal(tokens: Token[], k: number): boolean {
  const dot = tokens[k + 1];
  if (!dot || dot.text !== '.' || !isGlued(tokens[k], dot)) return false;
  const next = tokens[k + 2];
  if (!next || /^[“”"»«)\]]$/.test(next.text)) return false;
  if (next.kind === 'word' && next.text[0] === next.lower[0]) return true;
  return ORDINAL_CONTEXT.has(tokens[k - 1]?.lower ?? '');
}
