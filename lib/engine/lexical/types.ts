// Lexical resources as shipped in data/lexicons/ (built by `npm run lexicons:build`): plain data,
// loaded by the application and passed to the engine as a LexiconIndex.

export type SenseKind = 'own' | 'head' | 'translation' | 'synonym' | 'related';

/** One way a word can be matched: its stem, its compound head, a translation, a synonym set. */
export type SenseKey = { key: string; kind: SenseKind };

/** Evidence weight of a match through each kind of key. */
export const SENSE_WEIGHT: Record<SenseKind, number> = { own: 1, head: 0.8, translation: 0.85, synonym: 0.7, related: 0.55 };

/** The stem-keyed index compiled from the lexicon files (scripts/lexicons/compile-index.ts). */
export type LexiconIndex = {
  version: 1;
  sources: string[];
  stopwords: { de: string[]; en: string[] };
  /** Stems of German words with a dictionary entry (compound heads are split against these). */
  knownDe: string[];
  /** German stem → English stems of its translations. */
  translations: Record<string, string[]>;
  /** Stem → synonym set ids (German OpenThesaurus sets and English WordNet synsets share one id space). */
  synonyms: { de: Record<string, number[]>; en: Record<string, number[]> };
  /** [from, to) of the ids that are English noun synsets. */
  englishNounSynsets: [number, number];
  /** English stem pairs, each sorted. */
  antonyms: [string, string][];
  /** Stem → polarity in [-1, 1]. */
  polarity: { de: Record<string, number>; en: Record<string, number> };
  /** Class name ("person", "animal") → the nouns whose most frequent sense is of that class: English lemmas, German stems and lowercase headwords. */
  nounClasses: Record<string, { de: string[]; en: string[]; deWords?: string[] }>;
};
