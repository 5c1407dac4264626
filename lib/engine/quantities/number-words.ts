// Numbers written as words: German compounds ("zweitausenddreihundert"), English sequences
// ("two hundred and fifty thousand"), and vague multiples ("ein paar hundert", "Tausende").
import type { Lang } from '../types';
import { type Token, matchPhrase } from './tokens';

export type WordNumber = {
  value: number;
  low?: number;
  high?: number;
  vague: boolean;
  next: number;
  /** Unit written inside the same word ("three-day" → "day"). */
  unit?: string;
  /** A bare fraction ("a quarter of a", „einen halben") is a quantity only before a unit. */
  needsUnit?: boolean;
};

const DE_MORPHEMES: Array<[string, number]> = Object.entries({
  eins: 1, ein: 1, eine: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, sieb: 7,
  sech: 6, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30, dreissig: 30,
  vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100,
  tausend: 1000, und: 0,
}).sort((a, b) => b[0].length - a[0].length);

const EN_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** Scale words that a vague quantifier or an article can multiply ("ein paar hundert", "a million"). */
const MULTIPLES: Record<Lang, Record<string, number>> = {
  de: { hundert: 100, tausend: 1e3, dutzend: 12, million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9 },
  en: { hundred: 100, thousand: 1e3, dozen: 12, million: 1e6, billion: 1e9, hundreds: 100, thousands: 1e3 },
};

const FEW: Record<Lang, string[][]> = {
  de: [['ein', 'paar'], ['einige'], ['mehrere'], ['wenige'], ['etliche']],
  en: [['a', 'few'], ['a', 'couple', 'of'], ['a', 'couple'], ['few'], ['several']],
};

const EN_PLURALS: Array<[string[], number]> = [
  [['hundreds', 'of', 'thousands'], 1e5], [['hundreds', 'of', 'millions'], 1e8],
  [['tens', 'of', 'thousands'], 1e4], [['tens', 'of', 'millions'], 1e7], [['hundreds'], 100],
  [['thousands'], 1e3], [['dozens'], 12], [['millions'], 1e6], [['billions'], 1e9],
];

const ARTICLES: Record<Lang, Set<string>> = {
  de: new Set(['ein', 'eine', 'einer', 'einem', 'einen', 'eines']),
  en: new Set(['a', 'an', 'one']),
};

/** Vague "a few S": low 2S, value 3S, high 9S. */
const fewOf = (s: number, next: number): WordNumber => ({ value: 3 * s, low: 2 * s, high: 9 * s, vague: true, next });
/** Vague plural "S-s" (Hunderte, thousands): low 2S, value 3S, high 10S − 1. */
const pluralOf = (s: number, next: number): WordNumber => ({ value: 3 * s, low: 2 * s, high: 10 * s - 1, vague: true, next });

/** Value of a German number word ("dreihundertfünfzig", "zweieinhalb") or null. */
export function parseGermanWord(word: string): number | null {
  // "zweieinhalb", "dreieinhalb": a whole number plus one half.
  if (word.endsWith('einhalb') && word.length > 'einhalb'.length) {
    const whole = parseGermanWord(word.slice(0, -'einhalb'.length));
    return whole === null ? null : whole + 0.5;
  }
  let total = 0;
  let current = 0;
  let pos = 0;
  while (pos < word.length) {
    const hit = DE_MORPHEMES.find(([m]) => word.startsWith(m, pos));
    if (!hit) return null;
    const [morpheme, v] = hit;
    pos += morpheme.length;
    if (v === 100) current = (current || 1) * 100;
    else if (v === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else current += v;
  }
  const value = total + current;
  return value > 0 ? value : null;
}

const DE_OTHER_STARTS = new Set(['einige', 'mehrere', 'wenige', 'etliche', 'anderthalb']);
const EN_OTHER_STARTS = new Set(['a', 'an', 'one', 'half', 'two', 'three']);

/**
 * Cheap test that a word may start a number in words; false means readWordNumber returns null.
 * (Every reader below needs one of these: a number morpheme or scale word at the start, a vague
 * quantifier or article, an English number word or a hyphenated compound.)
 */
export function mayStartWordNumber(lower: string, lang: Lang): boolean {
  if (lang === 'en') return EN_VALUES.has(lower) || EN_OTHER_STARTS.has(lower) || PHRASE_STARTS.en.has(lower) || lower.includes('-');
  return DE_START.test(lower) || DE_OTHER_STARTS.has(lower) || lower.startsWith('milli') || lower.includes('hundert') || lower.includes('tausend') || lower.includes('dutzend');
}

/** Number written in words starting at token i, or null. */
export function readWordNumber(tokens: Token[], i: number, lang: Lang): WordNumber | null {
  return readVague(tokens, i, lang) ?? readFraction(tokens, i, lang) ?? readArticleMultiple(tokens, i, lang) ?? readPlain(tokens, i, lang);
}

// "a quarter of a percentage point", "three quarters of a mile", "a third of a million".
const EN_FRACTIONS: Array<[string[], number]> = [
  [['a', 'quarter', 'of', 'a'], 0.25], [['a', 'quarter', 'of', 'an'], 0.25], [['three', 'quarters', 'of', 'a'], 0.75],
  [['a', 'third', 'of', 'a'], 1 / 3], [['two', 'thirds', 'of', 'a'], 2 / 3], [['half', 'a'], 0.5], [['half', 'an'], 0.5],
];
const FRACTION_STARTS = new Set(['a', 'three', 'two', 'half']);

function readFraction(tokens: Token[], i: number, lang: Lang): WordNumber | null {
  if (lang !== 'en' || !FRACTION_STARTS.has(tokens[i]?.lower ?? '')) return null;
  for (const [phrase, f] of EN_FRACTIONS) {
    const j = matchPhrase(tokens, i, phrase);
    if (j < 0) continue;
    const s = MULTIPLES.en[tokens[j]?.lower ?? ''];
    return s ? { value: f * s, vague: false, next: j + 1 } : { value: f, vague: false, next: j, needsUnit: true };
  }
  return null;
}

// First words of the phrase tables: other words cannot start a vague quantity (speed).
const PHRASE_STARTS: Record<Lang, Set<string>> = {
  de: new Set(FEW.de.map((p) => p[0])),
  en: new Set([...FEW.en, ...EN_PLURALS.map(([p]) => p)].map((p) => p[0])),
};

function readVague(tokens: Token[], i: number, lang: Lang): WordNumber | null {
  if (lang === 'en' && !PHRASE_STARTS.en.has(tokens[i]?.lower ?? '')) return null;
  for (const phrase of FEW[lang]) {
    const j = matchPhrase(tokens, i, phrase);
    const s = j > 0 ? MULTIPLES[lang][tokens[j]?.lower ?? ''] : undefined;
    if (s) return fewOf(s, j + 1);
  }
  if (lang === 'en') {
    for (const [phrase, s] of EN_PLURALS) {
      const j = matchPhrase(tokens, i, phrase);
      if (j > 0) return pluralOf(s, j);
    }
    return null;
  }
  const t = tokens[i];
  const lower = t?.lower ?? '';
  if (!lower.includes('hundert') && !lower.includes('tausend') && !lower.includes('dutzend') && !lower.startsWith('milli')) return null;
  const m = /^(.*(?:hundert|tausend|dutzend))en?$|^(millionen|milliarden)$/.exec(lower);
  if (!m || t.text[0] === t.lower[0]) return null; // plural nouns are capitalised in German
  const s = m[1] ? (m[1] === 'dutzend' ? 12 : parseGermanWord(m[1])) : m[2] === 'millionen' ? 1e6 : 1e9;
  return s ? pluralOf(s, i + 1) : null;
}

function readArticleMultiple(tokens: Token[], i: number, lang: Lang): WordNumber | null {
  const t = tokens[i];
  if (!t) return null;
  let j = i + 1;
  let factor = 1;
  if (lang === 'de' && (t.lower === 'anderthalb' || t.lower === 'eineinhalb')) factor = 1.5;
  else if (lang === 'en' && t.lower === 'half' && ARTICLES.en.has(tokens[j]?.lower ?? '')) {
    factor = 0.5;
    j += 1;
  } else if (!ARTICLES[lang].has(t.lower)) return null;
  if (lang === 'de' && /^halben?$/.test(tokens[j]?.lower ?? '')) {
    factor = 0.5;
    j += 1;
  }
  const s = MULTIPLES[lang][tokens[j]?.lower ?? ''];
  if (s) return { value: factor * s, vague: false, next: j + 1 };
  // „einen halben Prozentpunkt", „eine halbe Stunde": a half of the unit that follows.
  return factor === 0.5 && lang === 'de' ? { value: 0.5, vague: false, next: j, needsUnit: true } : null;
}

function readPlain(tokens: Token[], i: number, lang: Lang): WordNumber | null {
  return lang === 'de' ? readGerman(tokens, i) : readEnglish(tokens, i);
}

function readGerman(tokens: Token[], i: number): WordNumber | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || ARTICLES.de.has(t.lower) || t.lower === 'eins' || !DE_START.test(t.lower)) return null;
  const value = parseGermanWord(t.lower);
  if (value === null) return null;
  // Capitalised small numbers mid-sentence are nouns ("die Elf", "eine Acht").
  const capital = t.text[0] !== t.lower[0];
  if (capital && value < 100 && i > 0 && !/^[.!?:„“"«»(]$/.test(tokens[i - 1].text)) return null;
  return { value, vague: false, next: i + 1 };
}

const EN_VALUES = new Map(Object.entries(EN_WORDS));
// First morpheme of any German number word; a word that does not start with one is no number.
const DE_START = new RegExp(`^(?:${DE_MORPHEMES.map(([m]) => m).join('|')})`);

function englishValue(word: string): number | null {
  const direct = EN_VALUES.get(word);
  if (direct !== undefined) return direct;
  if (!word.includes('-')) return null;
  const parts = word.split('-');
  if (parts.length !== 2) return null;
  const [tens, unit] = [EN_WORDS[parts[0]], EN_WORDS[parts[1]]];
  return tens >= 20 && tens < 100 && tens % 10 === 0 && unit > 0 && unit < 10 ? tens + unit : null;
}

// "three-day", "four-year", "twenty-five-year": a number word with its unit in one token.
const NOT_UNIT_PARTS = new Set(['off', 'on', 'time', 'times', 'way', 'sided', 'fold', 'third', 'thirds', 'half', 'quarter', 'quarters', 'liner', 'shot', 'stop', 'size', 'ish', 'dimensional', 'another', 'other', 'all']);
function readHyphenated(t: Token, i: number): WordNumber | null {
  const parts = t.lower.split('-');
  for (let n = parts.length - 1; n >= 1; n--) {
    const value = englishValue(parts.slice(0, n).join('-'));
    if (value === null) continue;
    const unitParts = t.text.split('-').slice(n);
    if (NOT_UNIT_PARTS.has(unitParts[0].toLowerCase()) || value === 1) return null;
    return { value, vague: false, next: i + 1, unit: unitParts.join('-') };
  }
  return null;
}

function readEnglish(tokens: Token[], i: number): WordNumber | null {
  const first = tokens[i];
  if (first?.kind === 'word' && first.lower.includes('-') && englishValue(first.lower) === null) return readHyphenated(first, i);
  let total = 0;
  let current = 0;
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j];
    if (t.lower === 'and' && j > i && englishValue(tokens[j + 1]?.lower ?? '') !== null) {
      j += 1;
      continue;
    }
    const v = t.kind === 'word' ? englishValue(t.lower) : null;
    if (v === null) break;
    if (v >= 1000) {
      total += (current || 1) * v;
      current = 0;
    } else if (v === 100) current = (current || 1) * 100;
    else current += v;
    j += 1;
  }
  // A lone "one" is usually a pronoun ("one of them"); a lone scale word is not a count.
  if (j === i || (j === i + 1 && (tokens[i].lower === 'one' || EN_WORDS[tokens[i].lower] >= 100))) return null;
  return { value: total + current, vague: false, next: j };
}
