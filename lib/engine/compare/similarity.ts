// Similarity of two claims from different documents, with a readable explanation per part.
import type { Quantity } from '../types';
import { matchEntities } from './aliases';
import { matchConceptTokens, type ConceptHit } from './concepts';
import type { ConceptGroup } from './lexicon';
import { quantityMatchOf } from './quantity-change';
import { stemsSimilar, tokenize, type Token } from './tokens';
import type { ClaimPairScore, CompareClaim, ExternalScores, PairScoreParts } from './types';

export { contentStems, stemWord, tokenize } from './tokens';

/**
 * Weights of the parts. The score is Σ weight·part / Σ weight over the parts that apply:
 * lexical and concepts always apply; entities when either claim names an entity;
 * quantitySubject when both claims carry a quantity with a unit or subject; trigram and fts
 * when the database supplies them.
 */
export const PAIR_WEIGHTS = {
  lexical: 0.3,
  entities: 0.25,
  concepts: 0.3,
  quantitySubject: 0.15,
  trigram: 0.2,
  fts: 0.15,
} as const;

/** Shared concept weight that counts as full concept evidence (two ordinary concepts). */
const FULL_CONCEPT_WEIGHT = 1.5;

/**
 * Evidence weight of sharing a concept: the group's weight, else 1.5 for polar groups (they
 * state a proposition, "welcome" vs "withdrawal", which is what a topic is) and 1 otherwise.
 */
export function conceptWeight(group: ConceptGroup | undefined): number {
  return group?.weight ?? (group?.opposites ? FULL_CONCEPT_WEIGHT : 1);
}

type Features = {
  tokens: Token[];
  stems: Map<string, string>;
  concepts: Map<string, ConceptHit[]>;
};

const featureCache = new WeakMap<CompareClaim, WeakMap<ConceptGroup[], Features>>();

/** Tokens, content stems and concept hits of a claim (memoised per claim and lexicon). */
export function featuresOf(claim: CompareClaim, lexicon: ConceptGroup[]): Features {
  const perLexicon = featureCache.get(claim) ?? new WeakMap<ConceptGroup[], Features>();
  featureCache.set(claim, perLexicon);
  const cached = perLexicon.get(lexicon);
  if (cached) return cached;
  const tokens = tokenize(claim.text);
  const stems = new Map<string, string>();
  const content = tokens.filter((t) => !t.isStopword && !/^\d/.test(t.lower) && t.lower.length > 1);
  content.forEach((t) => stems.has(t.stem) || stems.set(t.stem, t.surface));
  const concepts = new Map<string, ConceptHit[]>();
  for (const hit of matchConceptTokens(tokens, lexicon)) {
    concepts.set(hit.groupId, [...(concepts.get(hit.groupId) ?? []), hit]);
  }
  const features = { tokens, stems, concepts };
  perLexicon.set(lexicon, features);
  return features;
}

/** Jaccard overlap of content stems, counting near-equal stems ("prei" ~ "preis") as shared. */
export function lexicalOverlap(left: Map<string, string>, right: Map<string, string>): { score: number; shared: string[] } {
  const rightStems = [...right.keys()];
  const shared = [...left.keys()].filter((s) => rightStems.some((r) => stemsSimilar(s, r)));
  const union = left.size + right.size - shared.length;
  return { score: union === 0 ? 0 : shared.length / union, shared: shared.map((s) => left.get(s) ?? s) };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function scoreConcepts(left: Features, right: Features, lexicon: ConceptGroup[], explanation: string[]): number {
  let weight = 0;
  for (const [id, leftHits] of left.concepts) {
    const rightHits = right.concepts.get(id);
    if (!rightHits) continue;
    const group = lexicon.find((g) => g.id === id);
    weight += conceptWeight(group);
    const words = (hits: ConceptHit[]) => [...new Set(hits.map((h) => h.surface))].join(', ');
    explanation.push(`shared concept: ${leftHits[0].label} (${words(leftHits)} ↔ ${words(rightHits)})`);
  }
  return Math.min(1, weight / FULL_CONCEPT_WEIGHT);
}

function scoreEntities(left: CompareClaim, right: CompareClaim, explanation: string[]): number | undefined {
  if (left.entities.length === 0 && right.entities.length === 0) return undefined;
  const matches = matchEntities(left.entities, right.entities);
  for (const m of matches) {
    const names = m.left === m.right ? m.left : `${m.left} ↔ ${m.right}`;
    explanation.push(`shared entity: ${names}${m.via === 'name' ? '' : ` (${m.via})`}`);
  }
  const credit = matches.reduce((sum, m) => sum + (m.via === 'part' ? 0.5 : 1), 0);
  return credit === 0 ? 0 : Math.min(1, credit / Math.sqrt(left.entities.length * right.entities.length));
}

function scoreQuantities(left: CompareClaim, right: CompareClaim, lexicon: ConceptGroup[], explanation: string[]) {
  const counted = (c: CompareClaim) => c.quantities.some((q) => q.unit || q.subject);
  if (!counted(left) || !counted(right)) return undefined;
  const match = quantityMatchOf(left, right, lexicon);
  if (!match) return 0;
  const how = match.strength === 2 ? 'same counted subject' : 'comparable quantity (subject inferred)';
  const show = (q: Quantity) => (q.unit && !q.text.includes(q.unit) ? `${q.text} ${q.unit}` : q.text);
  explanation.push(`${how}: ${show(match.left)} ↔ ${show(match.right)}`);
  return match.strength === 2 ? 1 : 0.5;
}

/**
 * Score two claims in [0, 1] from token overlap, shared entities, shared concepts (across
 * German and English), a shared quantity subject and optional database scores.
 */
export function scoreClaimPair(
  left: CompareClaim,
  right: CompareClaim,
  lexicon: ConceptGroup[],
  external?: ExternalScores,
): ClaimPairScore {
  const lf = featuresOf(left, lexicon);
  const rf = featuresOf(right, lexicon);
  const explanation: string[] = [];
  const lexical = lexicalOverlap(lf.stems, rf.stems);
  if (lexical.shared.length > 0) {
    explanation.push(`shared words (${round2(lexical.score)}): ${lexical.shared.slice(0, 6).join(', ')}`);
  }
  const entities = scoreEntities(left, right, explanation);
  const concepts = scoreConcepts(lf, rf, lexicon, explanation);
  const quantitySubject = scoreQuantities(left, right, lexicon, explanation);
  if (external?.trigram !== undefined) explanation.push(`trigram similarity ${round2(external.trigram)} (database)`);
  if (external?.fts !== undefined) explanation.push(`full-text match ${round2(external.fts)} (database)`);

  const applied: [number, number | undefined][] = [
    [PAIR_WEIGHTS.lexical, lexical.score],
    [PAIR_WEIGHTS.entities, entities],
    [PAIR_WEIGHTS.concepts, concepts],
    [PAIR_WEIGHTS.quantitySubject, quantitySubject],
    [PAIR_WEIGHTS.trigram, external?.trigram],
    [PAIR_WEIGHTS.fts, external?.fts],
  ];
  const used = applied.filter((entry): entry is [number, number] => entry[1] !== undefined);
  const total = used.reduce((sum, [w]) => sum + w, 0);
  const score = used.reduce((sum, [w, v]) => sum + w * Math.max(0, Math.min(1, v)), 0) / total;
  const parts: PairScoreParts = {
    lexical: round2(lexical.score),
    entities: round2(entities ?? 0),
    concepts: round2(concepts),
    quantitySubject: round2(quantitySubject ?? 0),
    ...(external?.trigram !== undefined ? { trigram: external.trigram } : {}),
    ...(external?.fts !== undefined ? { fts: external.fts } : {}),
  };
  return { leftId: left.id, rightId: right.id, score: round2(score), parts, explanation };
}
