// Interpretable sentence features for check-worthiness: what makes a statement checkable
// (numbers, dates and time expressions, names, comparisons, changes, causes, past events,
// attribution, cited sources) and what makes it an opinion, appeal or address instead
// (judgements, opinion frames, first/second person, obligations, conditionals, futures).
// Each feature carries the cue that fired it, so the score can list its reasons.
import { isDuration, unitClassOf } from '../lexical/unit-class';
import type { ClaimKind, Lang, Quantity } from '../types';
import { CUE_WORDS, type CueWords } from './cue-words';
import { weightOf } from './score';
import { findActCues, type ActCues, type ActName } from './check-acts';
import type { Token } from './tokens';

export type FeatureName =
  | 'number' | 'statistic' | 'date' | 'time' | 'entity' | 'comparative' | 'superlative' | 'change' | 'causal' | 'past' | 'existence' | 'attributed' | 'source' | 'fact-frame'
  | 'record' | 'policy' | 'example' | 'correction' | 'generic' | 'experience' | 'long'
  | 'proposal'
  | 'evaluative' | 'opinion' | 'first-person' | 'second-person' | 'obligation' | 'conditional' | 'modal' | 'future' | 'promise' | 'talk' | 'short';

/** A fired feature, its cue and its weight for the sentence's language (score.ts). */
export type Feature = { name: FeatureName; cue: string; weight: number };

export type FeatureInput = {
  kind: ClaimKind;
  tokens: Token[];
  lang: Lang;
  text: string;
  /** The sentence's quantities; `hasDigit` when the sentence has a digit at all. */
  quantities: ReadonlyArray<Pick<Quantity, 'text' | 'value' | 'unit'>>;
  hasDigit: boolean;
  date: string | null;
  entity: string | null;
  /** Speech cue of quotes and reported speech. */
  speechCue: string | null;
  evaluativeCues: string[];
};

const URL = /(?:https?:\/\/|www\.)[^\s)]+/i;
const MIN_WORDS = 8;
const LONG_WORDS = 20;
const EN_PAST = /^\p{Ll}{3,}ed$/u;
const DE_PARTICIPLE = /^(?:ge\p{Ll}{3,}(?:t|en)|\p{Ll}{3,}iert)$/u;

const countWords = (tokens: Token[]): number => {
  let n = 0;
  for (const t of tokens) if (t.isWord) n++;
  return n;
};
// A number standing alone ("40", "1.200"), not a digit inside a name or code ("CO2", "NSU 2.0" still counts).
const NUMBER_TOKEN = /^\d[\d.,]*$/;

// "5 percent", "$2 billion", "3 million people" are statistics; "four years" is a number and a time span.
const LARGE = 1e6;
const isSpan = (q: Pick<Quantity, 'unit'>): boolean => isDuration(unitClassOf(q.unit));
const isStatistic = (q: Pick<Quantity, 'value' | 'unit'>): boolean => {
  const kind = unitClassOf(q.unit).kind;
  return kind === 'percent' || kind === 'currency' || q.value >= LARGE;
};
const numberCue = (x: FeatureInput): string | null => {
  if (x.quantities.length) return x.quantities[0].text;
  return x.hasDigit ? (x.tokens.find((t) => NUMBER_TOKEN.test(t.text))?.text ?? null) : null;
};

type Hits = Partial<Record<FeatureName, string>>;
type Scan = { words: Hits; phrases: Hits; acts: ActCues };

// One pass over the tokens finds the first cue word (outside quotations) and the first cue phrase
// of every word-list feature, instead of one pass per list.
const scanCues = (tokens: Token[], cw: CueWords, lang: Lang): Scan => {
  const words: Hits = {};
  const phrases: Hits = {};
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const features = t.inQuote ? undefined : cw.wordIndex.get(t.lower);
    if (features) for (const f of features) words[f] ??= t.text;
    const starting = cw.phraseIndex.get(t.lower);
    if (!starting) continue;
    for (const { words: ws, feature } of starting) {
      if (phrases[feature]) continue;
      let k = 1;
      while (k < ws.length && tokens[i + k]?.lower === ws[k]) k++;
      if (k === ws.length) phrases[feature] = ws.join(' ');
    }
  }
  return { words, phrases, acts: findActCues(tokens, lang) };
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
    if (t.inQuote || !(t.lower.includes('st') || t.lower.includes('ßt')) || t.text !== t.lower || !cw.superlative.test(t.lower) || cw.notSuperlative.has(t.lower)) continue;
    if (cw.superlativeArticles.has(tokens[i - 1].lower) || (i > 1 && cw.superlativeArticles.has(tokens[i - 2].lower))) return t.text;
  }
  return null;
};

// Past events: a past-tense or perfect verb outside quotations. The first person's auxiliaries
// („ich habe … gearbeitet“, „ich bin … gezogen“) count too: that is how comments tell experience.
const FIRST_PERSON_AUX = new Set(['habe', 'hab', 'bin']);
const pastCue = (tokens: Token[], cw: CueWords, lang: Lang): string | null => {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.inQuote) continue;
    if (cw.pastForms.has(t.lower)) return t.text;
    if (lang === 'en' && i > 0 && t.lower.endsWith('ed') && t.text === t.lower && EN_PAST.test(t.lower) && !cw.notPast.has(t.lower)) return t.text;
    if (lang === 'de' && (cw.perfectAux.has(t.lower) || FIRST_PERSON_AUX.has(t.lower))) {
      const participle = tokens.slice(i + 1).find((u) => u.text === u.lower && DE_PARTICIPLE.test(u.lower) && !cw.notPast.has(u.lower));
      if (participle) return `${t.text} … ${participle.text}`;
    }
  }
  return null;
};

// A change in amount or state ("cut", "rose", „gestiegen", „verdoppelt"): stems, so inflections match.
// "crime is down", "prices went up": a copula or motion verb with up/down reports a change too.
const CHANGE_PARTICLES = new Set(['up', 'down']);
const CHANGE_LINKS = new Set(['is', 'are', 'was', 'were', "it's", 'went', 'gone', 'been']);
const changeCue = (tokens: Token[], cw: CueWords): string | null => {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.inQuote || t.text !== t.lower) continue;
    if (cw.changeForms.has(t.lower) || cw.changePrefix.test(t.lower)) return t.text;
    if (i > 0 && CHANGE_PARTICLES.has(t.lower) && CHANGE_LINKS.has(tokens[i - 1].lower)) return `${tokens[i - 1].text} ${t.text}`;
  }
  return null;
};

// "@anna" addresses someone and "I'm" is the speaker: neither names what the sentence is about.
const CONTRACTED_PRONOUN = /^(?:i|we|you|they)['’]/i;
const isAddress = (entity: string, text: string): boolean =>
  CONTRACTED_PRONOUN.test(entity) || text.includes(`@${entity.split(' ')[0]}`);

const hasLink = (text: string): boolean => (text.includes('http') || text.includes('www.')) && URL.test(text);

type Rule = { name: FeatureName; find: (input: FeatureInput, cw: CueWords, scan: Scan) => string | null };
/** A feature of check-acts.ts. */
const act = (name: ActName): Rule => ({ name, find: (_x, _cw, scan) => scan.acts[name] ?? null });
/** A feature found by its phrases first, then by its words. */
const listed = (name: FeatureName): Rule => ({ name, find: (_x, _cw, scan) => scan.phrases[name] ?? scan.words[name] ?? null });

// In a fixed order; the reasons list them in this order.
const RULES: Rule[] = [
  { name: 'number', find: numberCue },
  { name: 'statistic', find: (x) => x.quantities.find(isStatistic)?.text ?? null },
  { name: 'date', find: (x) => x.date },
  { name: 'time', find: (x, _cw, scan) => (x.date ? null : (scan.phrases.time ?? scan.words.time ?? x.quantities.find(isSpan)?.text ?? null)) },
  { name: 'entity', find: (x) => (x.entity && !isAddress(x.entity, x.text) ? x.entity : null) },
  { name: 'comparative', find: (x, cw) => comparativeCue(x.tokens, cw) },
  { name: 'superlative', find: (x, cw) => superlativeCue(x.tokens, cw) },
  { name: 'change', find: (x, cw) => changeCue(x.tokens, cw) },
  listed('causal'),
  { name: 'past', find: (x, cw) => pastCue(x.tokens, cw, x.lang) },
  listed('existence'),
  { name: 'attributed', find: (x) => (x.kind === 'quote' || x.kind === 'reported' ? (x.speechCue ?? x.kind) : null) },
  { name: 'source', find: (x, _cw, scan) => (hasLink(x.text) ? 'link' : (scan.phrases.source ?? scan.words.source ?? null)) },
  listed('fact-frame'),
  act('record'),
  act('policy'),
  act('example'),
  act('correction'),
  act('generic'),
  { name: 'long', find: (x) => (countWords(x.tokens) >= LONG_WORDS ? 'long' : null) },
  { name: 'evaluative', find: (x) => (x.evaluativeCues.length ? x.evaluativeCues.slice(0, 3).join(', ') : null) },
  listed('opinion'),
  listed('first-person'),
  listed('second-person'),
  listed('obligation'),
  listed('conditional'),
  act('modal'),
  { name: 'future', find: (x) => (x.kind === 'prediction' ? 'prediction' : null) },
  act('promise'),
  act('talk'),
  { name: 'short', find: (x) => (countWords(x.tokens) < MIN_WORDS ? 'short' : null) },
];

/** The features that fire for a sentence, each with its cue. */
export const findCheckFeatures = (input: FeatureInput): Feature[] => {
  const cw = CUE_WORDS[input.lang];
  const scan = scanCues(input.tokens, cw, input.lang);
  const out: Feature[] = [];
  const add = (name: FeatureName, cue: string): number => out.push({ name, cue, weight: weightOf(name, input.lang) });
  for (const rule of RULES) {
    const cue = rule.find(input, cw, scan);
    if (cue) add(rule.name, cue);
  }
  // What the writer did or saw („ich habe dort gearbeitet“): first person telling a past event.
  const past = out.find((f) => f.name === 'past');
  const self = out.find((f) => f.name === 'first-person');
  if (past && self) add('experience', `${self.cue} … ${past.cue}`);
  // „5 % wären angebracht“, "should cut it by half": an amount someone wants, not one that is.
  const amount = out.find((f) => f.name === 'number');
  const wish = out.find((f) => f.name === 'conditional' || f.name === 'obligation' || f.name === 'promise');
  if (amount && wish && !past) add('proposal', `${wish.cue} … ${amount.cue}`);
  return out;
};
