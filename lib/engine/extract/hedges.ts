// Hedging and negation cues. Both are flags on a claim, with the cue word that set them.
import { DE_HEDGES, DE_NEGATIONS } from '../lang/de';
import { EN_HEDGES, EN_NEGATIONS } from '../lang/en';
import type { Lang } from '../types';
import { findPhrase, type Token } from './tokens';

export type Cue = { cue: string; index: number } | null;

const HEDGES = { de: new Set(DE_HEDGES), en: new Set(EN_HEDGES) };
const NEGATIONS = { de: new Set(DE_NEGATIONS), en: new Set(EN_NEGATIONS) };
const CONTRAST = new Set(['sondern', 'but']);
const ONLY = new Set(['nur', 'only', 'allein', 'just', 'merely']);
// Idioms where the negation word asserts rather than negates ("nicht zuletzt", "no doubt").
const IDIOMS = new Set(['nicht zuletzt', 'not least', 'no doubt', 'kein zweifel', 'keine frage', 'no wonder', 'no contest']);
// Multi-word hedges ("deuten darauf hin", "pretty sure").
const HEDGE_PHRASES: Record<Lang, string[][]> = {
  de: [['deuten', 'darauf', 'hin'], ['deutet', 'darauf', 'hin'], ['deutete', 'darauf', 'hin'], ['ziemlich', 'sicher']],
  en: [['pretty', 'sure'], ['not', 'sure'], ['not', 'clear']],
};
const HEDGE_PHRASE_STARTS: Record<Lang, Set<string>> = {
  de: new Set(HEDGE_PHRASES.de.map((p) => p[0])),
  en: new Set(HEDGE_PHRASES.en.map((p) => p[0])),
};
// "Danke für nichts": thanks, not a negated claim.
const THANKS_FOR_NOTHING = /^(?:danke|thanks) (?:für|for) (?:nichts|nothing)$/;
const HAVE_BE = new Set(['haben', 'sein', 'gewesen']);

// "soll" is a hedge only as reported rumour: "Er soll 5 Mio. gezahlt haben".
const findReportedSoll = (tokens: Token[]): Cue => {
  const i = tokens.findIndex((t) => t.lower === 'soll' || t.lower === 'sollen');
  if (i < 0) return null;
  const hasPerfect = tokens.slice(i + 1).some((t) => HAVE_BE.has(t.lower));
  return hasPerfect ? { cue: tokens[i].text, index: i } : null;
};

export const findHedge = (tokens: Token[], lang: Lang): Cue => {
  const words = HEDGES[lang];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!words.has(t.lower)) continue;
    // Capitalised mid-sentence forms are nouns or names ("May", "zum Wohl").
    if (i > 0 && t.text !== t.lower) continue;
    return { cue: t.text, index: i };
  }
  if (!tokens.some((t) => HEDGE_PHRASE_STARTS[lang].has(t.lower))) return lang === 'de' ? findReportedSoll(tokens) : null;
  for (const phrase of HEDGE_PHRASES[lang]) {
    const i = findPhrase(tokens, phrase);
    if (i >= 0) return { cue: tokens.slice(i, i + phrase.length).map((t) => t.text).join(' '), index: i };
  }
  return lang === 'de' ? findReportedSoll(tokens) : null;
};

// Record idioms assert a record, not a negation: "so hoch wie nie", "so stark wie seit zehn
// Jahren nicht mehr", "has not been this low since 1969".
const isRecordIdiom = (tokens: Token[], i: number): boolean => {
  const t = tokens[i].lower;
  const prev = tokens[i - 1]?.lower ?? '';
  if (t === 'nie' && prev === 'wie') return true;
  if (t === 'nicht' && tokens[i + 1]?.lower === 'mehr') return tokens.slice(Math.max(0, i - 8), i).some((x) => x.lower === 'wie');
  if (t === 'not' && tokens[i + 1]?.lower === 'been' && /^(?:this|so|as)$/.test(tokens[i + 2]?.lower ?? '')) return true;
  return isNeverRecord(tokens, i);
};

// "has never been stronger", "never looked better", „war noch nie so niedrig": a record, not a denial.
const RECORD_VERBS = new Set(['been', 'looked', 'felt', 'seemed', 'sounded', 'gewesen', 'war', 'waren', 'ist', 'sind', 'lag']);
const COMPARATIVE = /^(?:this|so|as|more|less|mehr|weniger|better|worse|besser|schlechter|\p{L}{3,}er)$/u;
const NOT_COMPARATIVE = new Set(['ever', 'over', 'under', 'after', 'together', 'either', 'neither', 'other', 'whether', 'aber', 'oder', 'wieder', 'immer', 'aller', 'dieser', 'jener', 'seiner', 'ihrer', 'unser']);
const DE_RECORD = new Set([
  'so', 'mehr', 'weniger', 'höher', 'niedriger', 'besser', 'schlechter', 'größer', 'kleiner', 'stärker', 'schwächer',
  'teurer', 'billiger', 'länger', 'kürzer', 'schneller', 'häufiger', 'seltener', 'tiefer',
]);
const isNeverRecord = (tokens: Token[], i: number): boolean => {
  const t = tokens[i].lower;
  if (t === 'nie' && tokens[i - 1]?.lower === 'noch') {
    // „Noch nie lagen die Kosten höher": the comparative may follow the subject.
    for (let j = i + 1; j < tokens.length && j <= i + 5; j++) if (DE_RECORD.has(tokens[j].lower)) return true;
    return false;
  }
  if (t !== 'never') return false;
  let j = i + 1;
  if (RECORD_VERBS.has(tokens[j]?.lower ?? '')) j++;
  const next = tokens[j]?.lower ?? '';
  // The linking verb is needed: "never been higher", not "never more than once".
  if (j === i + 1) return false;
  return COMPARATIVE.test(next) && !NOT_COMPARATIVE.has(next);
};

const isThanksForNothing = (tokens: Token[], i: number): boolean =>
  i >= 2 && THANKS_FOR_NOTHING.test(`${tokens[i - 2].lower} ${tokens[i - 1].lower} ${tokens[i].lower}`);

const isContrastiveOnly = (tokens: Token[], i: number): boolean => {
  if (!ONLY.has(tokens[i + 1]?.lower ?? '')) return false;
  return tokens.slice(i + 2, i + 25).some((t) => CONTRAST.has(t.lower));
};

const isIdiom = (tokens: Token[], i: number): boolean =>
  IDIOMS.has(`${tokens[i].lower} ${tokens[i + 1]?.lower ?? ''}`);

// "No. 5" is an abbreviation of "number".
const isNumberAbbrev = (text: string, t: Token): boolean => t.lower === 'no' && /^\.\s*\d/.test(text.slice(t.end, t.end + 4));

export const findNegation = (tokens: Token[], lang: Lang, text: string): Cue => {
  const words = NEGATIONS[lang];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const contracted = lang === 'en' && /n['’]t$/.test(t.lower);
    if (!contracted && !words.has(t.lower)) continue;
    if (isContrastiveOnly(tokens, i) || isIdiom(tokens, i) || isNumberAbbrev(text, t)) continue;
    if (isRecordIdiom(tokens, i) || isThanksForNothing(tokens, i)) continue;
    return { cue: contracted ? t.text.slice(-3) : t.text, index: i };
  }
  return null;
};
