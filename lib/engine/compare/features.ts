// Features of a claim for pair scoring: tokens, content stems, stem bigrams and concept hits.
import { matchConceptTokens, type ConceptHit } from './concepts';
import type { ConceptGroup } from './lexicon';
import { tokenize, type Token } from './tokens';
import type { CompareClaim } from './types';

export type Features = {
  tokens: Token[];
  /** Content stem → first surface form. */
  stems: Map<string, string>;
  /** Neighbouring content stems ("einladung irak") → surface; a shared pair is a shared phrase. */
  bigrams: Map<string, string>;
  concepts: Map<string, ConceptHit[]>;
};

const featureCache = new WeakMap<CompareClaim, WeakMap<ConceptGroup[], Features>>();

/** Tokens, content stems, bigrams and concept hits of a claim (memoised per claim and lexicon). */
export function featuresOf(claim: CompareClaim, lexicon: ConceptGroup[]): Features {
  const perLexicon = featureCache.get(claim) ?? new WeakMap<ConceptGroup[], Features>();
  featureCache.set(claim, perLexicon);
  const cached = perLexicon.get(lexicon);
  if (cached) return cached;
  const tokens = tokenize(claim.text);
  const stems = new Map<string, string>();
  const content = tokens.filter((t) => !t.isStopword && !/^\d/.test(t.lower) && t.lower.length > 1);
  content.forEach((t) => stems.has(t.stem) || stems.set(t.stem, t.surface));
  const bigrams = new Map<string, string>();
  for (let i = 1; i < content.length; i++) {
    // Only words at most two stopwords apart form a phrase ("Einladung der irakischen Regierung").
    if (content[i].index - content[i - 1].index <= 3) {
      bigrams.set(`${content[i - 1].stem} ${content[i].stem}`, `${content[i - 1].surface} ${content[i].surface}`);
    }
  }
  const concepts = new Map<string, ConceptHit[]>();
  for (const hit of matchConceptTokens(tokens, lexicon)) {
    concepts.set(hit.groupId, [...(concepts.get(hit.groupId) ?? []), hit]);
  }
  const features = { tokens, stems, bigrams, concepts };
  perLexicon.set(lexicon, features);
  return features;
}
