// Topic suggestions: number topics from a quantity pass, then small proposition clusters of
// claims from different documents that address the same question.
import { candidateLinks, clusterLinks, type ClusterOptions } from './cluster';
import { buildCorpusStats, type CorpusStats } from './corpus';
import { labelProposition, labelQuantity } from './label';
import type { ConceptGroup } from './lexicon';
import { pairQuantitiesAcross, type QuantityPairing } from './quantity-topics';
import { scoreClaimPair } from './similarity';
import { detectStance } from './stance';
import { findStanceFlips } from './stance-flip';
import type { ClaimPairScore, CompareClaim, CompareDocument, CompareTopic, ExternalScores, TopicLink } from './types';

export type SuggestOptions = {
  /** Minimum pair score for a proposition link, default 0.3 (scores are IDF-weighted). */
  threshold?: number;
  /** Two clusters merge only if their average cross-document pair score reaches threshold × this (default 0.75). */
  linkage?: number;
  /** Most claims in one proposition topic, default 6. */
  maxSize?: number;
  /** A link must be among the top n partners of both claims, default 2. */
  mutualRank?: number;
  /** Least stance confidence on each side of a stance-flip topic, default 0.6. */
  flipConfidence?: number;
  /** Most claims in one stance-flip topic, default 4. */
  flipMaxSize?: number;
  /** Database scores per claim pair, keyed by pairKey(leftId, rightId). */
  external?: Record<string, ExternalScores>;
};

export type SuggestedTopic = {
  /** Provisional id "suggested:<first claim id>"; the service replaces it when saving. */
  topic: CompareTopic & { id: string; concepts: string[]; polarity: 1 };
  claimIds: string[];
  /** Auto links with stance, confidence and rationale, ready to store. */
  links: TopicLink[];
  /** Accepted cross-document pairs, best first. */
  pairs: ClaimPairScore[];
  score: number;
};

/** Order-independent key of a claim pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function scoreAllPairs(docs: CompareDocument[], lexicon: ConceptGroup[], opts: SuggestOptions, corpus: CorpusStats) {
  const scores = new Map<string, ClaimPairScore>();
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      for (const a of docs[i].claims) {
        for (const b of docs[j].claims) {
          const key = pairKey(a.id, b.id);
          scores.set(key, scoreClaimPair(a, b, lexicon, opts.external?.[key], corpus));
        }
      }
    }
  }
  return scores;
}

/** A topic before it becomes a suggestion; `via` says why its claims belong together when pair scores do not. */
type Group = { ids: string[]; pairs: ClaimPairScore[]; label: string; concepts: string[]; via?: string };

/** One topic per connected set of paired quantities (a chain across three or more documents stays one topic). */
function numberGroups(pairings: QuantityPairing[], scores: Map<string, ClaimPairScore>, lexicon: ConceptGroup[]): Group[] {
  const endKey = (e: QuantityPairing['left']) => `${e.claim.id}#${e.quantity.start}`;
  const groupOf = new Map<string, { pairings: QuantityPairing[] }>();
  for (const p of pairings) {
    const a = groupOf.get(endKey(p.left)) ?? { pairings: [] };
    const b = groupOf.get(endKey(p.right)) ?? { pairings: [] };
    const merged = a === b ? a : { pairings: [...a.pairings, ...b.pairings] };
    merged.pairings.push(p);
    merged.pairings.forEach((q) => [q.left, q.right].forEach((e) => groupOf.set(endKey(e), merged)));
  }
  return [...new Set(groupOf.values())].map(({ pairings: ps }) => {
    const ids = [...new Set(ps.flatMap((p) => [p.left.claim.id, p.right.claim.id]))];
    const pairs = ps.map((p) => scores.get(pairKey(p.left.claim.id, p.right.claim.id))).filter((p) => p !== undefined);
    const via = ps.map((p) => `${p.left.quantity.text} ↔ ${p.right.quantity.text}`).join('; ');
    return { ids, pairs, via: `same counted subject (${via})`, ...labelQuantity(ps[0], lexicon) };
  });
}

function linkFor(claim: CompareClaim, topic: SuggestedTopic['topic'], group: Group, lexicon: ConceptGroup[]) {
  const best = group.pairs.filter((p) => p.leftId === claim.id || p.rightId === claim.id).sort((a, b) => b.score - a.score)[0];
  const stance = detectStance(claim, topic, lexicon);
  const similarity = best ? `similarity ${best.score} (${best.explanation.slice(0, 3).join('; ') || 'weak overlap'})` : 'cluster';
  const via = group.via ? `${group.via}, ${similarity}` : similarity;
  const link: TopicLink = {
    topicKey: topic.id,
    claimId: claim.id,
    source: 'auto',
    stance: stance.stance,
    confidence: Math.round(Math.min(best?.score ?? 0.5, stance.confidence) * 100) / 100,
    rationale: `Linked by ${via}. ${stance.rationale}`,
  };
  return link;
}

/**
 * Suggested topics of the documents, best first. Two passes: every mutual best pairing of
 * quantities with the same counted subject and kind of unit becomes a number topic of its own;
 * then cross-document claim pairs with strong evidence (IDF-weighted words, shared phrases,
 * concepts, entities, database scores) that are mutual near-best matches are clustered into
 * small proposition topics; last, claims that take clearly opposite stances on one polar
 * concept about the same entity become stance-flip topics (see stance-flip.ts). Each topic
 * gets a label (shared concept plus the rarest shared words or the entity, or subject and
 * unit) and auto links carrying stance and rationale.
 */
export function suggestTopics(docs: CompareDocument[], lexicon: ConceptGroup[], opts: SuggestOptions = {}): SuggestedTopic[] {
  const clusterOpts: ClusterOptions = {
    threshold: opts.threshold ?? 0.3,
    linkage: opts.linkage ?? 0.75,
    maxSize: opts.maxSize ?? 6,
    mutualRank: opts.mutualRank ?? 2,
  };
  const claims = docs.flatMap((d) => d.claims);
  const byId = new Map(claims.map((c) => [c.id, c] as const));
  const corpus = buildCorpusStats(claims, lexicon, opts.external);
  const scores = scoreAllPairs(docs, lexicon, opts, corpus);
  const numbers = numberGroups(pairQuantitiesAcross(docs, lexicon), scores, lexicon);
  // Pairs linked by a shared counted subject belong to the number pass, not to a proposition.
  const propositionPairs = [...scores.values()].filter((p) => p.parts.quantitySubject < 0.5);
  const links = candidateLinks(propositionPairs, (id) => byId.get(id)!.documentId, clusterOpts);
  const propositions = clusterLinks(links, scores, clusterOpts).map(({ ids, pairs }) => ({
    ids,
    pairs,
    ...labelProposition(ids.map((id) => byId.get(id)!), lexicon, corpus),
  }));
  const isLinked = (a: string, b: string) => propositions.some((p) => p.ids.includes(a) && p.ids.includes(b));
  const flipOpts = { minConfidence: opts.flipConfidence ?? 0.6, maxSize: opts.flipMaxSize ?? 4 };
  const flips = findStanceFlips(docs, lexicon, scores, isLinked, flipOpts, corpus);
  const suggestions = [...numbers, ...propositions, ...flips].map((group) => toSuggestion(group, byId, lexicon));
  // A claim can open two topics (one sentence, two numbers): keep provisional ids unique.
  const seen = new Map<string, number>();
  for (const s of suggestions) {
    const n = (seen.get(s.topic.id) ?? 0) + 1;
    seen.set(s.topic.id, n);
    if (n > 1) s.topic.id = `${s.topic.id}:${n}`;
    s.links.forEach((l) => (l.topicKey = s.topic.id));
  }
  return suggestions.sort((a, b) => b.score - a.score);
}

function toSuggestion(group: Group, byId: Map<string, CompareClaim>, lexicon: ConceptGroup[]): SuggestedTopic {
  const claims = group.ids.map((id) => byId.get(id)!).sort((a, b) => a.id.localeCompare(b.id));
  // The label is descriptive only: the proposition is the shared concepts' positive pole.
  const topic = { id: `suggested:${claims[0].id}`, label: group.label, concepts: group.concepts, polarity: 1 as const };
  const sorted = [...group.pairs].sort((a, b) => b.score - a.score);
  const links = claims.map((c) => linkFor(c, topic, group, lexicon));
  return { topic, claimIds: claims.map((c) => c.id), links, pairs: sorted, score: sorted[0]?.score ?? 0 };
}
