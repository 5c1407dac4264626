// Evaluative cues: judgement words, value nouns, intensified predicates, superlatives of quality,
// opinion phrases and emphatic style (caps, "!!!", emoji). Each family adds at most a few cues;
// style counts once, so a shouted factual report ("TRAINS 45 MINUTES LATE!!!") stays factual.
import {
  DE_INTENSIFIERS, DE_JUDGEMENT_NOUNS, DE_JUDGEMENT_WORDS, DE_NEUTRAL_SUPERLATIVES, DE_OPINION_PARTICLES,
  DE_OPINION_PHRASES, DE_VALUE_NOUNS,
} from '../lang/evaluative-de';
import {
  EN_INTENSIFIERS, EN_JUDGEMENT_NOUNS, EN_JUDGEMENT_WORDS, EN_OPINION_PHRASES, EN_VALUE_NOUNS,
} from '../lang/evaluative-en';
import type { Lang } from '../types';
import { mayHaveEmojiOrTag, type Token } from './tokens';

type Lexicon = {
  words: Set<string>;
  nouns: Set<string>;
  intensifiers: Set<string>;
  phrases: string[];
  values: string[];
  attack: string[];
};

// German adjectives inflect ("schlechte", "falschen"): the set holds the inflected forms too,
// so matching is one lookup per token instead of stripping endings.
const ENDINGS = ['e', 'en', 'er', 'es', 'em'];
// Participles that judge only as attributes ("eine gelungene Reform"); "ist ihm gelungen" reports.
const ATTRIBUTIVE_ONLY = new Set(['gelungen', 'misslungen', 'verdient']);
const inflected = (words: string[]): Set<string> =>
  new Set(words.flatMap((w) => [...(ATTRIBUTIVE_ONLY.has(w) ? [] : [w]), ...ENDINGS.map((e) => w + e).filter((f) => f.length > 4)]));

const LEX: Record<Lang, Lexicon> = {
  de: {
    words: inflected(DE_JUDGEMENT_WORDS), nouns: new Set(DE_JUDGEMENT_NOUNS), intensifiers: new Set(DE_INTENSIFIERS),
    phrases: DE_OPINION_PHRASES, values: DE_VALUE_NOUNS, attack: ['angriff auf die', 'angriff auf den', 'anschlag auf die'],
  },
  en: {
    words: new Set(EN_JUDGEMENT_WORDS), nouns: new Set(EN_JUDGEMENT_NOUNS), intensifiers: new Set(EN_INTENSIFIERS),
    phrases: EN_OPINION_PHRASES, values: EN_VALUE_NOUNS, attack: ['attack on', 'assault on', 'affront to'],
  },
};

// Intensifiers that make almost any following adjective a judgement ("utterly", "völlig").
const STRONG = new Set([
  'völlig', 'total', 'absolut', 'extrem', 'unglaublich', 'höchst', 'äußerst', 'komplett', 'maßlos',
  'hoffnungslos', 'regelrecht', 'geradezu', 'einfach', 'totally', 'utterly', 'absolutely', 'extremely',
  'incredibly', 'completely', 'downright', 'genuinely', 'hugely', 'massively',
]);
const FILLERS = new Set(['nur', 'noch', 'so', 'mehr', 'just', 'so', 'quite']);
const COPULA = new Set(['ist', 'sind', 'war', 'waren', 'wäre', 'sei', 'is', 'are', 'was', 'were', 'be', 'been', 'viel', 'far', 'way', 'much', 'deutlich', 'schlicht', 'einfach']);
const PARTICLES = new Set(DE_OPINION_PARTICLES);
const NEUTRAL_SUPERLATIVES = new Set(DE_NEUTRAL_SUPERLATIVES);
const DE_ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'am']);
const ADJ_INFLECTION = /(?:e|en|er|es|em)$/;
const DE_SUPERLATIVE = /^\p{Ll}{3,}(?:st|est)(?:e|en|er|es|em)$/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const SHOUT = /!{2,}|\?!|!\?|!\s*$/;

const isLower = (t: Token): boolean => t.text === t.lower;


// "die schwächste Leistung", "das Beste": superlatives of quality, not of size or order.
const isQualitySuperlative = (tokens: Token[], i: number, lang: Lang): boolean => {
  const t = tokens[i];
  const prev = tokens[i - 1]?.lower ?? '';
  if (lang === 'en') return (t.lower === 'most' || t.lower === 'least') && prev === 'the' && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '');
  if (!DE_ARTICLES.has(prev) || NEUTRAL_SUPERLATIVES.has(t.lower)) return false;
  const stem = t.lower.replace(ADJ_INFLECTION, '');
  return DE_SUPERLATIVE.test(t.lower) && !NEUTRAL_SUPERLATIVES.has(`${stem}e`);
};

// "viel zu hoch", "far too optimistic": excess is a judgement when it qualifies a predicate.
const isExcess = (tokens: Token[], i: number, lang: Lang): boolean => {
  const t = tokens[i];
  if (t.lower !== (lang === 'de' ? 'zu' : 'too')) return false;
  const next = tokens[i + 1];
  if (!next || !isLower(next) || !/^\p{L}/u.test(next.text)) return false;
  if (lang === 'de' && /(?:en|ern|eln)$/.test(next.lower) && !ADJ_INFLECTION.test(next.lower.slice(0, -1))) return false;
  return COPULA.has(tokens[i - 1]?.lower ?? '');
};

// "einfach nur noch krank", "utterly wrong": a strong intensifier before a lowercase adjective.
const isIntensified = (tokens: Token[], i: number): boolean => {
  if (!STRONG.has(tokens[i].lower)) return false;
  let j = i + 1;
  while (j < tokens.length && FILLERS.has(tokens[j].lower)) j++;
  const next = tokens[j];
  return !!next && isLower(next) && /^\p{L}{3,}$/u.test(next.text);
};

// A value noun judges as a predicate ("ist ein Skandal", "a total rip-off", "was für eine Farce"),
// not as a subject ("Der Erfolg der Mission hängt … ab").
const PREDICATE_BEFORE = new Set([
  'ein', 'eine', 'einen', 'einer', 'einem', 'a', 'an', 'ist', 'sind', 'war', 'waren', 'wäre', 'bleibt', 'is', 'are', 'was', 'were', "'s",
  'reine', 'reiner', 'echte', 'echter', 'totale', 'totaler', 'absolute', 'absoluter', 'wahre', 'wahrer', 'einzige', 'einziger',
  'total', 'complete', 'absolute', 'real', 'genuine', 'utter', 'such', 'solche', 'solcher',
]);
const MAX_SHORT_WORDS = 6;

const isPredicateNoun = (tokens: Token[], i: number): boolean => {
  if (tokens.length <= MAX_SHORT_WORDS) return true;
  for (let k = Math.max(0, i - 3); k < i; k++) if (PREDICATE_BEFORE.has(tokens[k].lower)) return true;
  return false;
};

const wordCues = (tokens: Token[], lang: Lang): string[] => {
  const lex = LEX[lang];
  const cues: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.inQuote) continue;
    const prev = tokens[i - 1];
    const nominal = lang === 'de' && DE_ARTICLES.has(prev?.lower ?? '');
    if ((isLower(t) || nominal) && lex.words.has(t.lower)) {
      cues.push(t.text);
      if (prev && lex.intensifiers.has(prev.lower)) cues.push(`${prev.text} ${t.text}`);
    } else if (lex.nouns.has(t.lower) && (lang === 'de' || isLower(t)) && isPredicateNoun(tokens, i)) {
      cues.push(t.text);
      if (prev && lex.intensifiers.has(prev.lower)) cues.push(`${prev.text} ${t.text}`);
    } else if (isQualitySuperlative(tokens, i, lang) || isExcess(tokens, i, lang) || isIntensified(tokens, i)) {
      cues.push(`${t.text} ${tokens[i + 1]?.text ?? ''}`.trim());
    } else if (lang === 'de' && PARTICLES.has(t.lower) && i > 1 && isLower(t) && tokens[i - 1].lower !== 'und') {
      cues.push(t.text);
    }
  }
  return cues;
};

// Opinion and attack phrases indexed by first word, matched on token sequences.
const byFirstWord = (phrases: string[]): Map<string, string[][]> => {
  const map = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(' ');
    map.set(words[0], [...(map.get(words[0]) ?? []), words]);
  }
  return map;
};
const PHRASES = { de: byFirstWord(LEX.de.phrases), en: byFirstWord(LEX.en.phrases) };
const ATTACKS = { de: byFirstWord(LEX.de.attack), en: byFirstWord(LEX.en.attack) };
const VALUES = { de: byFirstWord(LEX.de.values), en: byFirstWord(LEX.en.values) };

// Index after `words` when they follow token i, or -1.
const matchAt = (tokens: Token[], i: number, words: string[]): number => {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return -1;
  return i + words.length;
};

const firstMatch = (tokens: Token[], i: number, index: Map<string, string[][]>): { words: string[]; next: number } | null => {
  for (const words of index.get(tokens[i]?.lower ?? '') ?? []) {
    const next = matchAt(tokens, i, words);
    if (next >= 0) return { words, next };
  }
  return null;
};

const phraseCues = (tokens: Token[], lang: Lang): string[] => {
  const cues: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const words of PHRASES[lang].get(tokens[i].lower) ?? []) {
      const p = words.join(' ');
      if (matchAt(tokens, i, words) >= 0 && !cues.includes(p)) cues.push(p);
    }
    const attack = firstMatch(tokens, i, ATTACKS[lang]);
    if (attack && firstMatch(tokens, attack.next, VALUES[lang])) cues.push(attack.words.join(' '));
  }
  return cues;
};

// Shouting: mostly upper-case words, "!!!", a final "!" or emoji. Counts as one cue at most.
// An all-caps word has upper-case first and second characters; most sentences have none.
const hasCapsWord = (tokens: Token[]): boolean =>
  tokens.some((t) => t.text.length >= 2 && t.text !== t.lower && t.text[1] !== t.lower[1]);

const styleCue = (tokens: Token[], text: string): string | null => {
  const shout = text.includes('!') && SHOUT.test(text);
  const emoji = (): boolean => mayHaveEmojiOrTag(text) && EMOJI.test(text);
  if (!hasCapsWord(tokens)) return shout ? '!' : emoji() ? 'emoji' : null;
  const words = tokens.filter((t) => /\p{L}{2,}/u.test(t.text) && !t.inQuote);
  const caps = words.filter((t) => t.text.length >= 2 && t.text === t.text.toUpperCase()).length;
  if (words.length >= 3 && caps >= 2 && caps * 2 >= words.length) return 'caps';
  if (shout) return '!';
  if (emoji()) return 'emoji';
  return null;
};

/** " " + lowercase tokens joined by spaces + " ", for phrase lookups. */
export const joinLower = (tokens: Token[]): string => {
  let s = ' ';
  for (const t of tokens) s += `${t.lower} `;
  return s;
};

/** Evaluative cue words and phrases in a sentence. */
export const findEvaluativeCues = (tokens: Token[], lang: Lang, text: string): string[] => {
  const cues = [...wordCues(tokens, lang), ...phraseCues(tokens, lang)];
  const style = styleCue(tokens, text);
  if (style) cues.push(style);
  return cues;
};
