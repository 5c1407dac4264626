// Corpus statistics for pair scoring: how many claims of the compared documents mention a
// stem, concept or entity. A word every claim shares ("NATO" in a NATO analysis, the
// "troops" concept in a military report) says little about whether two claims state the
// same thing; a rare shared word ("Einladung") says a lot. Inverse document frequency
// turns that into a weight.
import { nameKey } from './aliases';
import type { ConceptGroup } from './lexicon';
import { featuresOf } from './features';
import type { CompareClaim, ExternalScores } from './types';

export type CorpusStats = {
  claims: number;
  /** Claims per feature key: "s:<stem>", "c:<concept id>", "e:<entity name key>", "b:<stem bigram>". */
  df: Map<string, number>;
  /** Median database scores over all pairs: the level any two claims reach. */
  baseline?: { trigram: number; fts: number };
};

/**
 * Background claims assumed to lack every feature. Small comparisons (two short articles)
 * would otherwise give the topic's own words a near-zero weight just because half the
 * claims are about that topic.
 */
const PRIOR_CLAIMS = 20;

/** Feature keys of one claim, each once. */
export function featureKeysOf(claim: CompareClaim, lexicon: ConceptGroup[]): string[] {
  const f = featuresOf(claim, lexicon);
  return [
    ...[...f.stems.keys()].map((s) => `s:${s}`),
    ...[...f.bigrams.keys()].map((b) => `b:${b}`),
    ...[...f.concepts.keys()].map((c) => `c:${c}`),
    ...new Set(claim.entities.map((e) => `e:${nameKey(e.canonical)}`)),
  ];
}

export function buildCorpusStats(claims: CompareClaim[], lexicon: ConceptGroup[], external?: Record<string, ExternalScores>): CorpusStats {
  const df = new Map<string, number>();
  for (const claim of claims) {
    for (const key of new Set(featureKeysOf(claim, lexicon))) df.set(key, (df.get(key) ?? 0) + 1);
  }
  const scores = Object.values(external ?? {});
  const trigrams = scores.map((s) => s.trigram).filter((v): v is number => v !== undefined);
  const fts = scores.map((s) => s.fts).filter((v): v is number => v !== undefined);
  // Too few pairs give no stable median; then the raw scores count.
  const baseline = trigrams.length >= 20 ? { trigram: median(trigrams), fts: fts.length >= 20 ? median(fts) : 0 } : undefined;
  return { claims: claims.length, df, ...(baseline ? { baseline } : {}) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Inverse document frequency of a feature in [0, 1]: ~0.9 for a feature in one claim, ~0.1 for one in most claims. */
export function idfOf(stats: CorpusStats, key: string): number {
  const n = stats.claims + PRIOR_CLAIMS;
  const df = stats.df.get(key) ?? 0;
  return Math.max(0, Math.min(1, Math.log(n / (df + 0.5)) / Math.log(n)));
}
