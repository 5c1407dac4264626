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

// One lookup per token instead of one per word list: which lists hold the word, as bits.
const IN_WORDS = 1;
const IN_NOUNS = 2;
const IN_INTENSIFIERS = 4;
const IN_STRONG = 8;
const IN_PARTICLES = 16;
const IN_ARTICLES = 32;
const buildMembership = (lang: Lang): Map<string, number> => {
  const bits = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  add(LEX[lang].words, IN_WORDS);
  add(LEX[lang].nouns, IN_NOUNS);
  add(LEX[lang].intensifiers, IN_INTENSIFIERS);
  add(STRONG, IN_STRONG);
  add(PARTICLES, IN_PARTICLES);
  add(DE_ARTICLES, IN_ARTICLES);
  return bits;
};
const MEMBERSHIP: Record<Lang, Map<string, number>> = { de: buildMembership('de'), en: buildMembership('en') };

const wordCues = (tokens: Token[], lang: Lang): string[] => {
  const membership = MEMBERSHIP[lang];
  const excessWord = lang === 'de' ? 'zu' : 'too';
  const cues: string[] = [];
  let prevBits = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const bits = membership.get(t.lower) ?? 0;
    const before = prevBits;
    prevBits = bits;
    if (t.inQuote) continue;
    const prev = tokens[i - 1];
    const nominal = lang === 'de' && (before & IN_ARTICLES) !== 0;
    if ((isLower(t) || nominal) && bits & IN_WORDS) {
      cues.push(t.text);
      if (prev && before & IN_INTENSIFIERS) cues.push(`${prev.text} ${t.text}`);
    } else if (bits & IN_NOUNS && (lang === 'de' || isLower(t)) && isPredicateNoun(tokens, i)) {
      cues.push(t.text);
      if (prev && before & IN_INTENSIFIERS) cues.push(`${prev.text} ${t.text}`);
    } else if (
      // Each rule's first condition, checked from the bits before the rule runs.
      ((lang === 'en' ? t.lower === 'most' || t.lower === 'least' : nominal) && isQualitySuperlative(tokens, i, lang)) ||
      (t.lower === excessWord && isExcess(tokens, i, lang)) ||
      (bits & IN_STRONG && isIntensified(tokens, i))
    ) {
      cues.push(`${t.text} ${tokens[i + 1]?.text ?? ''}`.trim());
    } else if (lang === 'de' && bits & IN_PARTICLES && i > 1 && isLower(t) && tokens[i - 1].lower !== 'und') {
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

// The opinion phrases with their cue text joined once, not per candidate token.
const PHRASE_CUES = {
  de: new Map([...PHRASES.de].map(([first, list]) => [first, list.map((words) => ({ words, cue: words.join(' ') }))])),
  en: new Map([...PHRASES.en].map(([first, list]) => [first, list.map((words) => ({ words, cue: words.join(' ') }))])),
};

const phraseCues = (tokens: Token[], lang: Lang): string[] => {
  const cues: string[] = [];
  const phrases = PHRASE_CUES[lang];
  const attacks = ATTACKS[lang];
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].lower;
    const candidates = phrases.get(lower);
    if (candidates) {
      for (const { words, cue } of candidates) if (matchAt(tokens, i, words) >= 0 && !cues.includes(cue)) cues.push(cue);
    }
    if (!attacks.has(lower)) continue;
    const attack = firstMatch(tokens, i, attacks);
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
