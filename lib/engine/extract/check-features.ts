// Interpretable sentence features for check-worthiness: what makes a statement checkable
// (numbers, dates and time expressions, names, comparisons, changes, causes, past events,
// attribution, cited sources) and what makes it an opinion, appeal or address instead
// (judgements, opinion frames, first/second person, obligations, conditionals, futures).
// Each feature carries the cue that fired it, so the score can list its reasons.
import { DE_CAUSAL } from '../lang/de';
import { EN_CAUSAL } from '../lang/en';
import type { ClaimKind, Lang } from '../types';
import { CUE_WORDS, type CueWords, type Phrases } from './cue-words';
import type { Token } from './tokens';

export type FeatureName =
  | 'number' | 'date' | 'time' | 'entity' | 'comparative' | 'superlative' | 'change' | 'causal' | 'past' | 'existence' | 'attributed' | 'source' | 'fact-frame'
  | 'evaluative' | 'opinion' | 'first-person' | 'second-person' | 'obligation' | 'conditional' | 'future' | 'short';

export type Feature = { name: FeatureName; cue: string };

export type FeatureInput = {
  kind: ClaimKind;
  tokens: Token[];
  lang: Lang;
  text: string;
  /** First quantity or null; `hasDigit` when the sentence has a digit at all. */
  quantity: string | null;
  hasDigit: boolean;
  date: string | null;
  entity: string | null;
  /** Speech cue of quotes and reported speech. */
  speechCue: string | null;
  evaluativeCues: string[];
};

const CAUSAL = { de: new Set(DE_CAUSAL), en: new Set(EN_CAUSAL) };
const URL = /(?:https?:\/\/|www\.)[^\s)]+/i;
const MIN_WORDS = 8;
// A number standing alone ("40", "1.200"), not a digit inside a name or code ("CO2", "NSU 2.0" still counts).
const NUMBER_TOKEN = /^\d[\d.,]*$/;

const firstIn = (tokens: Token[], words: ReadonlySet<string>): Token | undefined => tokens.find((t) => !t.inQuote && words.has(t.lower));

/** First phrase of the list that occurs in the token sequence, as lowercase words joined by spaces. */
const findPhraseCue = (tokens: Token[], list: Phrases): string | null => {
  for (let i = 0; i < tokens.length; i++) {
    for (const words of list.get(tokens[i].lower) ?? []) {
      let k = 1;
      while (k < words.length && tokens[i + k]?.lower === words[k]) k++;
      if (k === words.length) return words.join(' ');
    }
  }
  return null;
};

// "more … than", "höher als", "doppelt so viele": a comparison with a standard.
const comparativeCue = (tokens: Token[], cw: CueWords): string | null => {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.inQuote) continue;
    if (cw.comparatives.has(t.lower)) return t.text;
    if (t.lower !== cw.than) continue;
    for (let j = Math.max(0, i - 3); j < i; j++) {
      const w = tokens[j].lower;
      if (cw.comparativeHeads.has(w) || (w.length > 4 && w.endsWith('er') && !cw.notComparative.has(w))) return `${tokens[j].text} … ${t.text}`;
    }
  }
  return null;
};

// "the highest rate", „die größte Stadt": a superlative ranks things, which can be checked.
// An adjective may sit between the article and the superlative ("the second highest").
const superlativeCue = (tokens: Token[], cw: CueWords): string | null => {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.inQuote || t.text !== t.lower || !cw.superlative.test(t.lower) || cw.notSuperlative.has(t.lower)) continue;
    if (cw.superlativeArticles.has(tokens[i - 1].lower) || (i > 1 && cw.superlativeArticles.has(tokens[i - 2].lower))) return t.text;
  }
  return null;
};

// Past events: a past-tense or perfect verb outside quotations.
const pastCue = (tokens: Token[], cw: CueWords, lang: Lang): string | null => {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.inQuote) continue;
    if (cw.pastForms.has(t.lower)) return t.text;
    if (lang === 'en' && i > 0 && t.text === t.lower && /^\p{Ll}{3,}ed$/u.test(t.lower) && !cw.notPast.has(t.lower)) return t.text;
    if (lang === 'de' && cw.perfectAux.has(t.lower)) {
      const participle = tokens.slice(i + 1).find((u) => u.text === u.lower && /^(?:ge\p{Ll}{3,}(?:t|en)|\p{Ll}{3,}iert)$/u.test(u.lower) && !cw.notPast.has(u.lower));
      if (participle) return `${t.text} … ${participle.text}`;
    }
  }
  return null;
};

// A change in amount or state ("cut", "rose", „gestiegen", „verdoppelt"): stems, so inflections match.
const changeCue = (tokens: Token[], cw: CueWords): string | null => {
  for (const t of tokens) {
    if (t.inQuote || t.text !== t.lower) continue;
    if (cw.changeForms.has(t.lower) || cw.changePrefixes.some((p) => t.lower.startsWith(p))) return t.text;
  }
  return null;
};

const sourceCue = (tokens: Token[], text: string, cw: CueWords): string | null => {
  const url = URL.exec(text);
  if (url) return 'link';
  return findPhraseCue(tokens, cw.sourcePhrases) ?? firstIn(tokens, cw.sourceWords)?.text ?? null;
};

type Rule = { name: FeatureName; find: (input: FeatureInput, cw: CueWords) => string | null };

// In a fixed order; the reasons list them in this order.
const RULES: Rule[] = [
  { name: 'number', find: (x) => x.quantity ?? (x.hasDigit ? (x.tokens.find((t) => NUMBER_TOKEN.test(t.text))?.text ?? null) : null) },
  { name: 'date', find: (x) => x.date },
  { name: 'time', find: (x, cw) => (x.date ? null : (findPhraseCue(x.tokens, cw.timePhrases) ?? firstIn(x.tokens, cw.timeWords)?.text ?? null)) },
  { name: 'entity', find: (x) => x.entity },
  { name: 'comparative', find: (x, cw) => comparativeCue(x.tokens, cw) },
  { name: 'superlative', find: (x, cw) => superlativeCue(x.tokens, cw) },
  { name: 'change', find: (x, cw) => changeCue(x.tokens, cw) },
  { name: 'causal', find: (x) => firstIn(x.tokens, CAUSAL[x.lang])?.text ?? null },
  { name: 'past', find: (x, cw) => pastCue(x.tokens, cw, x.lang) },
  { name: 'existence', find: (x, cw) => findPhraseCue(x.tokens, cw.existence) },
  { name: 'attributed', find: (x) => (x.kind === 'quote' || x.kind === 'reported' ? (x.speechCue ?? x.kind) : null) },
  { name: 'source', find: (x, cw) => sourceCue(x.tokens, x.text, cw) },
  { name: 'fact-frame', find: (x, cw) => findPhraseCue(x.tokens, cw.factFrames) },
  { name: 'evaluative', find: (x) => (x.evaluativeCues.length ? x.evaluativeCues.slice(0, 3).join(', ') : null) },
  { name: 'opinion', find: (x, cw) => findPhraseCue(x.tokens, cw.opinionFrames) },
  { name: 'first-person', find: (x, cw) => firstIn(x.tokens, cw.firstPerson)?.text ?? null },
  { name: 'second-person', find: (x, cw) => firstIn(x.tokens, cw.secondPerson)?.text ?? null },
  { name: 'obligation', find: (x, cw) => findPhraseCue(x.tokens, cw.obligationPhrases) ?? firstIn(x.tokens, cw.obligations)?.text ?? null },
  { name: 'conditional', find: (x, cw) => firstIn(x.tokens, cw.conditionals)?.text ?? null },
  { name: 'future', find: (x) => (x.kind === 'prediction' ? 'prediction' : null) },
  { name: 'short', find: (x) => (x.tokens.filter((t) => t.isWord).length < MIN_WORDS ? 'short' : null) },
];

/** The features that fire for a sentence, each with its cue. */
export const findCheckFeatures = (input: FeatureInput): Feature[] => {
  const cw = CUE_WORDS[input.lang];
  const out: Feature[] = [];
  for (const rule of RULES) {
    const cue = rule.find(input, cw);
    if (cue) out.push({ name: rule.name, cue });
  }
  return out;
};
