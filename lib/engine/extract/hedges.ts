// Hedging and negation cues. Both are flags on a claim, with the cue word that set them.
import { DE_HEDGES, DE_NEGATIONS } from '../lang/de';
import { EN_HEDGES, EN_NEGATIONS } from '../lang/en';
import type { Lang } from '../types';
import type { Token } from './tokens';

export type Cue = { cue: string; index: number } | null;

const HEDGES = { de: new Set(DE_HEDGES), en: new Set(EN_HEDGES) };
const NEGATIONS = { de: new Set(DE_NEGATIONS), en: new Set(EN_NEGATIONS) };
const CONTRAST = new Set(['sondern', 'but']);
const ONLY = new Set(['nur', 'only', 'allein', 'just', 'merely']);
// Idioms where the negation word asserts rather than negates ("nicht zuletzt", "no doubt").
const IDIOMS = new Set(['nicht zuletzt', 'not least', 'no doubt', 'kein zweifel', 'keine frage', 'no wonder']);
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
  return lang === 'de' ? findReportedSoll(tokens) : null;
};

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
    return { cue: contracted ? t.text.slice(-3) : t.text, index: i };
  }
  return null;
};
