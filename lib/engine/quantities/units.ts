// The unit or counted noun written after a number: "%", "Euro", "NATO-Truppen", "US troops".
import type { Lang } from '../types';
import { MONTHS } from '../dates/months';
import { isCountedNoun, isEnglishAdjective, isGermanAdjective, isStopWord } from './lexicon';
import { type Token, isGlued } from './tokens';

export type UnitKind = 'percent' | 'currency' | 'measure' | 'noun';

export type UnitMatch = {
  unit: string;
  kind: UnitKind;
  /** Token index range of the unit itself (exclusive end) and index after everything consumed. */
  first: number;
  last: number;
  next: number;
  /** Character end when the unit is only the head of a compound token ("360-Grad-Ansatz"). */
  end?: number;
  /** Adjectives/modifiers skipped or kept before the noun, for the subject heuristic. */
  modifiers: Token[];
};

const PERCENT_WORDS: string[][] = [
  ['%'], ['‰'], ['prozent'], ['prozentpunkte'], ['prozentpunkten'], ['prozentpunkt'], ['percent'],
  ['per', 'cent'], ['percentage', 'points'], ['percentage', 'point'], ['pct'], ['pp'],
];
const CURRENCY_WORDS = new Set(
  ('€ $ £ ¥ euro euros eur dollar dollars us-dollar us-dollars usd pfund pound pounds gbp franken ' +
    'chf yen yuan renminbi rubel rubles roubles rupees cent cents')
    .split(' '),
);
/** Lengths that "cubic" and "square" make into volumes and areas. */
const LENGTHS = /^(?:(?:centi|kilo)?met(?:er|re)s?|miles?|feet|foot|yards?|inch(?:es)?)$/i;
const MEASURES = /^(?:km|m|cm|mm|kg|g|mg|t|l|ml|ha|qm|m²|m³|mph|kmh|gw|mw|kw|kwh|gwh|twh|mwh|gb|tb|mb|ppm|h|min|mt|gt)$/i;
export const CURRENCY_PREFIX = new Set(['€', '$', '£', '¥', 'eur', 'usd', 'gbp', 'chf']);
const NOT_NOUNS = new Set(['Uhr', 'Jahr', ...Object.keys(MONTHS.de), ...Object.keys(MONTHS.en)]);

const unitOf = (tokens: Token[], first: number, last: number, kind: UnitKind, next = last, modifiers: Token[] = []): UnitMatch => ({
  unit: spanText(tokens, first, last),
  kind,
  first,
  last,
  next,
  modifiers,
});

/** Surface text of tokens[first..last) rebuilt with their original spacing. */
export function spanText(tokens: Token[], first: number, last: number): string {
  let s = '';
  for (let i = first; i < last; i += 1) {
    if (i > first && tokens[i].start > tokens[i - 1].end) s += ' ';
    s += tokens[i].text;
  }
  return s;
}

/** Unit after the number ending before token j; `vague` allows "Tausende von Menschen". */
export function readUnit(tokens: Token[], j: number, lang: Lang, vague: boolean): UnitMatch | null {
  const unit = readSimpleUnit(tokens, j, lang, vague);
  return unit && unit.kind !== 'noun' ? withPer(tokens, unit) : unit;
}

// "km/h", "m/s", "€/Monat", "Cent/kWh": a glued slash and word make one compound unit.
function withPer(tokens: Token[], m: UnitMatch): UnitMatch {
  const slash = tokens[m.last];
  const den = tokens[m.last + 1];
  if (m.end !== undefined || slash?.text !== '/' || !isGlued(tokens[m.last - 1], slash) || !isGlued(slash, den) || den.kind !== 'word') return m;
  return { ...unitOf(tokens, m.first, m.last + 2, m.kind), modifiers: m.modifiers };
}

function readSimpleUnit(tokens: Token[], j: number, lang: Lang, vague: boolean): UnitMatch | null {
  const t = tokens[j];
  if (!t) return null;
  for (const phrase of PERCENT_WORDS) {
    if (phrase.every((w, k) => tokens[j + k]?.lower === w)) return unitOf(tokens, j, j + phrase.length, 'percent');
  }
  if (CURRENCY_WORDS.has(t.lower) && (t.kind === 'sym' || t.text[0] !== t.lower[0] || lang === 'en' || t.lower === 'cent')) {
    return unitOf(tokens, j, j + 1, 'currency');
  }
  if (t.text === '-' && isGlued(tokens[j - 1], t) && tokens[j - 1].kind === 'num') return readHyphenUnit(tokens, j);
  if (t.text === '°' && /^[CF]$/.test(tokens[j + 1]?.text ?? '')) return unitOf(tokens, j, j + 2, 'measure');
  // "cubic metres", "square miles": the dimension word belongs to the unit.
  if (/^(cubic|square)$/.test(t.lower) && tokens[j + 1]?.kind === 'word' && LENGTHS.test(tokens[j + 1].text)) return unitOf(tokens, j, j + 2, 'measure');
  const perUnit = tokens[j + 1]?.text === '/' && isGlued(t, tokens[j + 1]);
  // A lone letter is a unit too ("3,2 Mio. t", "5 l"), except an English "m", which may be "million".
  if (t.kind === 'word' && MEASURES.test(t.text) && (t.lower !== 'm' || lang === 'de' || isGlued(tokens[j - 1], t) || perUnit)) {
    return unitOf(tokens, j, j + 1, 'measure');
  }
  const k = vague && /^(?:of|von)$/.test(t.lower) ? j + 1 : j;
  return lang === 'de' ? readGermanNoun(tokens, k) : readEnglishNoun(tokens, k);
}

/** "360-Grad-Ansatz" → unit "Grad"; "5-Prozent-Hürde" → "Prozent". */
function readHyphenUnit(tokens: Token[], j: number): UnitMatch | null {
  const w = tokens[j + 1];
  if (!w || w.kind !== 'word' || !isGlued(tokens[j], w)) return null;
  const head = w.text.split(/[-‐]/)[0];
  const kind: UnitKind = /^(?:prozent|percent)$/i.test(head) ? 'percent' : 'measure';
  const m = unitOf(tokens, j + 1, j + 2, kind);
  return { ...m, unit: head, end: w.start + head.length };
}

function readGermanNoun(tokens: Token[], j: number): UnitMatch | null {
  const modifiers: Token[] = [];
  let k = j;
  while (k < j + 2 && tokens[k]?.kind === 'word' && isGermanAdjective(tokens[k].text)) modifiers.push(tokens[k++]);
  const t = tokens[k];
  if (!t || t.kind !== 'word' || t.text[0] === t.lower[0] || NOT_NOUNS.has(t.text) || isStopWord(t.text, 'de')) {
    return null;
  }
  return unitOf(tokens, k, k + 1, 'noun', k + 1, modifiers);
}

const isAcronym = (t: Token): boolean => t.kind === 'word' && t.text.length >= 2 && /^[A-Z][A-Z.]*$/.test(t.text);

// A lowercase word before the counted noun may be a noun modifier ("convenience stores",
// "fire hydrants", "speeding tickets"); it is part of the unit. At most two of them.
const MAX_NOUN_MODIFIERS = 2;
const isNounModifier = (t: Token): boolean => t.text === t.lower && t.text.length > 2 && !isStopWord(t.text, 'en') && !/ly$/.test(t.lower);

/** English noun phrase: acronym and noun modifiers are kept in the unit ("US troops", "wind turbines"), adjectives are not. */
function readEnglishNoun(tokens: Token[], j: number): UnitMatch | null {
  const modifiers: Token[] = [];
  let firstAcronym = -1;
  let firstNoun = -1;
  for (let k = j; k < j + 4; k += 1) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || NOT_NOUNS.has(t.text)) return null;
    if (isAcronym(t)) {
      if (firstAcronym < 0) firstAcronym = k;
      modifiers.push(t);
      continue;
    }
    const isNoun = isCountedNoun(t.text, 'en');
    if (!isNoun && isEnglishAdjective(t.text) && !isStopWord(t.text, 'en') && firstNoun < 0) {
      modifiers.push(t);
      continue;
    }
    if (!isNoun && isNounModifier(t) && (firstNoun < 0 || k - firstNoun < MAX_NOUN_MODIFIERS)) {
      if (firstNoun < 0) firstNoun = k;
      continue;
    }
    if (!isNoun) return null;
    const first = firstAcronym >= 0 ? firstAcronym : firstNoun >= 0 ? firstNoun : k;
    return unitOf(tokens, first, k + 1, 'noun', k + 1, modifiers);
  }
  return null;
}

/** Currency sign or code before the number ("$3.2 billion", "EUR 5 Mio."), incl. "US$". */
export function readCurrencyPrefix(tokens: Token[], j: number): number {
  const t = tokens[j];
  if (!t) return j;
  if (t.text === 'US' && tokens[j + 1]?.text === '$' && isGlued(t, tokens[j + 1])) return j + 2;
  if (CURRENCY_PREFIX.has(t.lower) && (t.kind === 'sym' || t.text === t.text.toUpperCase())) return j + 1;
  return j;
}
