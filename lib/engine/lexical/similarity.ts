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
export function clauseOverlap(a: { lang: Lang; words: string[] }, b: { lang: Lang; words: string[] }, res?: LexicalResources): number {
  if (a.words.length === 0 || b.words.length === 0) return 0;
  const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a];
  const longKeys = new Map<string, SenseKey['kind']>();
  // Context counts the same words (stem, compound head, translation); synonym sets are too polysemous here.
  const isContextKey = (k: SenseKey) => k.kind !== 'related' && k.kind !== 'synonym';
  for (const w of long.words) for (const k of sensesOf(long.lang, w, res)) if (isContextKey(k)) longKeys.set(k.key, k.kind);
  let sum = 0;
  for (const w of short.words) {
    const hits = sensesOf(short.lang, w, res).filter((k) => isContextKey(k) && longKeys.has(k.key));
    sum += Math.max(0, ...hits.map((k) => Math.min(SENSE_WEIGHT[k.kind], SENSE_WEIGHT[longKeys.get(k.key)!])));
  }
  return sum / short.words.length;
}
