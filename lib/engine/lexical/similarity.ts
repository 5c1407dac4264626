// Word and clause similarity through sense keys (stems, compound heads, synonyms, translations).
import type { Lang } from '../types';
import { stemsSimilar, stemWord, tokenize } from '../compare/tokens';
import type { LexicalResources } from './resources';
import { SENSE_WEIGHT, type SenseKey } from './types';

export type WordMatch = { score: number; via: SenseKey['kind'] | 'stem'; key: string };

const fallbackSenses = (lang: Lang, word: string): SenseKey[] => [{ key: `${lang}:${stemWord(word)}`, kind: 'own' }];

export function sensesOf(lang: Lang, word: string, res?: LexicalResources): SenseKey[] {
  return res ? res.sensesOf(lang, word) : fallbackSenses(lang, word);
}

/** How well two words name the same thing (0 = not at all), and through which key. */
export function wordSimilarity(a: { lang: Lang; word: string }, b: { lang: Lang; word: string }, res?: LexicalResources): WordMatch | null {
  const ka = sensesOf(a.lang, a.word, res);
  const kb = new Map(sensesOf(b.lang, b.word, res).map((k) => [k.key, k.kind] as const));
  let best: WordMatch | null = null;
  for (const k of ka) {
    const other = kb.get(k.key);
    if (!other) continue;
    const score = Math.min(SENSE_WEIGHT[k.kind], SENSE_WEIGHT[other]);
    const via = k.kind === 'own' ? other : k.kind;
    if (!best || score > best.score) best = { score, via, key: k.key };
  }
  if (!best && a.lang === b.lang && stemsSimilar(stemWord(a.word), stemWord(b.word))) best = { score: 0.75, via: 'stem', key: stemWord(a.word) };
  return best;
}

/** Content words of a clause (no stop words, numbers or one-letter tokens). */
export function contentWords(text: string, lang: Lang, res?: LexicalResources): string[] {
  return tokenize(text)
    .filter((t) => !t.isStopword && !/^\d/.test(t.lower) && t.lower.length > 2 && !res?.isStopword(lang, t.lower))
    .map((t) => t.surface);
}

/** Share of the shorter clause's content words that find a counterpart in the other clause. */
// Context counts the same words (stem, compound head, translation); synonym sets are too polysemous here.
export const isContextKey = (k: SenseKey) => k.kind !== 'related' && k.kind !== 'synonym';

/** A clause's context keys: every key of every word (for lookups) and each word's own list. */
type ClauseKeys = { all: Map<string, SenseKey['kind']>; perWord: SenseKey[][] };
const clauseKeyCache = new WeakMap<string[], ClauseKeys>();

/** Keys of a clause's words, memoised per words array (callers pass the same array for a claim). */
function clauseKeys(lang: Lang, words: string[], res?: LexicalResources): ClauseKeys {
  const cached = clauseKeyCache.get(words);
  if (cached) return cached;
  const perWord = words.map((w) => sensesOf(lang, w, res).filter(isContextKey));
  const all = new Map<string, SenseKey['kind']>();
  for (const keys of perWord) for (const k of keys) all.set(k.key, k.kind);
  const built = { all, perWord };
  clauseKeyCache.set(words, built);
  return built;
}

export function clauseOverlap(a: { lang: Lang; words: string[] }, b: { lang: Lang; words: string[] }, res?: LexicalResources): number {
  if (a.words.length === 0 || b.words.length === 0) return 0;
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  const longKeys = clauseKeys(long.lang, long.words, res).all;
  let sum = 0;
  for (const keys of clauseKeys(short.lang, short.words, res).perWord) {
    const hits = keys.filter((k) => longKeys.has(k.key));
    sum += Math.max(0, ...hits.map((k) => Math.min(SENSE_WEIGHT[k.kind], SENSE_WEIGHT[longKeys.get(k.key)!])));
  }
  return sum / short.words.length;
}
