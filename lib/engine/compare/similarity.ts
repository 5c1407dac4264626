// Similarity of two claims from different documents, with a readable explanation per part.
import type { Quantity } from '../types';
import { matchEntities } from './aliases';
import { nameKey } from './aliases';
import type { ConceptHit } from './concepts';
import { idfOf, type CorpusStats } from './corpus';
import { featuresOf, type Features } from './features';
import type { ConceptGroup } from './lexicon';
import { quantityMatchOf } from './quantity-change';
import { stemsSimilar } from './tokens';
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
  /** Shared phrases; only with corpus statistics. */
  phrase: 0.25,
  /** Sense-expanded retrieval (synonyms, translations, compound heads); when retrieval proposed the pair. */
  retrieval: 0.45,
} as const;

/** Factor by which a retrieval cosine alone can carry a pair's score. */
const RETRIEVAL_ALONE = 1.3;

/** Shared concept weight that counts as full concept evidence (two ordinary concepts). */
const FULL_CONCEPT_WEIGHT = 1.5;

/**
 * Evidence weight of sharing a concept: the group's weight, else 1.5 for polar groups (they
 * state a proposition, "welcome" vs "withdrawal", which is what a topic is) and 1 otherwise.
 */
export function conceptWeight(group: ConceptGroup | undefined): number {
  return group?.weight ?? (group?.opposites ? FULL_CONCEPT_WEIGHT : 1);
}

export { featuresOf } from './features';

/**
 * Jaccard overlap of content stems, counting near-equal stems ("prei" ~ "preis") as shared.
 * With corpus statistics each stem counts with its IDF, so shared rare words dominate.
 */
export function lexicalOverlap(
  left: Map<string, string>,
  right: Map<string, string>,
  corpus?: CorpusStats,
): { score: number; shared: string[] } {
  const rightStems = [...right.keys()];
  const shared = [...left.keys()].filter((s) => rightStems.some((r) => stemsSimilar(s, r)));
  const weight = (stem: string) => (corpus ? idfOf(corpus, `s:${stem}`) : 1);
  const sum = (stems: Iterable<string>) => [...stems].reduce((acc, s) => acc + weight(s), 0);
  const common = sum(shared);
  const union = sum(left.keys()) + sum(right.keys()) - common;
  // Rarest shared words first, so the explanation names what actually links the claims.
  const ordered = [...shared].sort((a, b) => weight(b) - weight(a));
  return { score: union <= 0 ? 0 : common / union, shared: ordered.map((s) => left.get(s) ?? s) };
}

/** Shared phrases (neighbouring content stems) weighted by IDF; two rare shared phrases count fully. */
function scorePhrases(left: Features, right: Features, corpus: CorpusStats, explanation: string[]): number {
  const shared = [...left.bigrams.keys()].filter((b) => right.bigrams.has(b));
  if (shared.length === 0) return 0;
  // A phrase of two common words ("Mission des Nordbunds") is common even when the exact pair is rarer.
  const rarestWord = (b: string) => Math.max(...b.split(' ').map((w) => idfOf(corpus, `s:${w}`)));
  const weight = shared.reduce((sum, b) => sum + Math.min(idfOf(corpus, `b:${b}`), rarestWord(b)), 0);
  const surfaces = shared.slice(0, 3).map((b) => `"${left.bigrams.get(b)}"`);
  explanation.push(`shared phrase: ${surfaces.join(', ')}`);
  return Math.min(1, weight / 1.5);
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function scoreConcepts(left: Features, right: Features, lexicon: ConceptGroup[], explanation: string[], corpus?: CorpusStats): number {
  let weight = 0;
  for (const [id, leftHits] of left.concepts) {
    const rightHits = right.concepts.get(id);
    if (!rightHits) continue;
    const group = lexicon.find((g) => g.id === id);
    // A concept most claims share (the report's own subject) is weak evidence.
    weight += conceptWeight(group) * (corpus ? idfOf(corpus, `c:${id}`) : 1);
    const words = (hits: ConceptHit[]) => [...new Set(hits.map((h) => h.surface))].join(', ');
    explanation.push(`shared concept: ${leftHits[0].label} (${words(leftHits)} ↔ ${words(rightHits)})`);
  }
  return Math.min(1, weight / FULL_CONCEPT_WEIGHT);
}

function scoreEntities(left: CompareClaim, right: CompareClaim, explanation: string[], corpus?: CorpusStats): number | undefined {
  if (left.entities.length === 0 && right.entities.length === 0) return undefined;
  const matches = matchEntities(left.entities, right.entities);
  for (const m of matches) {
    const names = m.left === m.right ? m.left : `${m.left} ↔ ${m.right}`;
    explanation.push(`shared entity: ${names}${m.via === 'name' ? '' : ` (${m.via})`}`);
  }
  const idf = (name: string) => (corpus ? idfOf(corpus, `e:${nameKey(name)}`) : 1);
  const credit = matches.reduce((sum, m) => sum + (m.via === 'part' ? 0.5 : 1) * idf(m.left), 0);
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
  corpus?: CorpusStats,
): ClaimPairScore {
  const lf = featuresOf(left, lexicon);
  const rf = featuresOf(right, lexicon);
  const explanation: string[] = [];
  const lexical = lexicalOverlap(lf.stems, rf.stems, corpus);
  if (lexical.shared.length > 0) {
    explanation.push(`shared words (${round2(lexical.score)}): ${lexical.shared.slice(0, 6).join(', ')}`);
  }
  const phrase = corpus ? scorePhrases(lf, rf, corpus, explanation) : undefined;
  const entities = scoreEntities(left, right, explanation, corpus);
  const concepts = scoreConcepts(lf, rf, lexicon, explanation, corpus);
  const quantitySubject = scoreQuantities(left, right, lexicon, explanation);
  if (external?.trigram !== undefined) explanation.push(`trigram similarity ${round2(external.trigram)} (database)`);
  if (external?.fts !== undefined) explanation.push(`full-text match ${round2(external.fts)} (database)`);
  if (external?.retrieval !== undefined) explanation.unshift(`retrieval ${round2(external.retrieval)} (shared senses: ${(external.retrievalShared ?? []).slice(0, 5).join(', ')})`);
  // Any two sentences share some trigrams and lexemes: with corpus statistics only the part
  // above the typical pair (the median) counts as evidence.
  const lift = (v: number | undefined, base = 0) => (v === undefined ? undefined : Math.max(0, (v - base) / (1 - base)));

  const applied: [number, number | undefined][] = [
    [PAIR_WEIGHTS.lexical, lexical.score],
    [PAIR_WEIGHTS.phrase, phrase],
    [PAIR_WEIGHTS.entities, entities],
    [PAIR_WEIGHTS.concepts, concepts],
    [PAIR_WEIGHTS.quantitySubject, quantitySubject],
    [PAIR_WEIGHTS.trigram, lift(external?.trigram, corpus?.baseline?.trigram)],
    [PAIR_WEIGHTS.fts, lift(external?.fts, corpus?.baseline?.fts)],
    [PAIR_WEIGHTS.retrieval, external?.retrieval === undefined ? undefined : Math.min(1, external.retrieval * 1.6)],
  ];
  const used = applied.filter((entry): entry is [number, number] => entry[1] !== undefined);
  const total = used.reduce((sum, [w]) => sum + w, 0);
  const average = used.reduce((sum, [w, v]) => sum + w * Math.max(0, Math.min(1, v)), 0) / total;
  // Retrieval already weighs every shared sense by rarity: a strong retrieval score stands on its own.
  const score = Math.max(average, Math.min(1, (external?.retrieval ?? 0) * RETRIEVAL_ALONE));
  const parts: PairScoreParts = {
    lexical: round2(lexical.score),
    entities: round2(entities ?? 0),
    concepts: round2(concepts),
    quantitySubject: round2(quantitySubject ?? 0),
    ...(phrase !== undefined ? { phrase: round2(phrase) } : {}),
    ...(external?.trigram !== undefined ? { trigram: external.trigram } : {}),
    ...(external?.fts !== undefined ? { fts: external.fts } : {}),
    ...(external?.retrieval !== undefined ? { retrieval: external.retrieval } : {}),
  };
  return { leftId: left.id, rightId: right.id, score: round2(score), parts, explanation };
}
