// Topic suggestions: number topics from a quantity pass, then small proposition clusters of
// claims from different documents that address the same question.
import { candidateLinks, clusterLinks, type ClusterOptions } from './cluster';
import { buildCorpusStats, type CorpusStats } from './corpus';
import { labelProposition } from './label';
import type { ConceptGroup } from './lexicon';
import type { QuantityAlignment } from '../lexical/align-quantities';
import type { LexicalResources } from '../lexical/resources';
import { alignNumbersAcross, labelNumberTopic } from './number-alignment';
import { scoreClaimPair } from './similarity';
import { featuresOf } from './features';
import { retrieveCandidates, type RetrievalHit } from '../lexical/retrieval';
import { findPolarityFlips, readEvaluation } from './polarity-flips';
import { speakerEvaluationPairs } from './speaker-evaluations';
import { CLOSE_SIMILARITY, findContinuations, sharedContent } from './continuations';
import { sharedSubstance } from './who-speaks';
import { findReversals, findRevisions } from './revisions';
import { findNegationFlips } from './negation-flips';
import { detectStance } from './stance';
import { findStanceFlips } from './stance-flip';
import type { ClaimPairScore, CompareClaim, CompareDocument, CompareTopic, ExternalScores, TopicKind, TopicLink } from './types';

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
  /** Stems, synonyms, translations and polarity (data/lexicons); plain stems without. */
  resources?: LexicalResources;
  /** Precomputed candidatePairs(docs, …), so the caller's database scores and the engine use the same pairs. */
  candidates?: RetrievalHit[];
};

export type SuggestedTopic = {
  /** Provisional id "suggested:<first claim id>"; the service replaces it when saving. */
  topic: CompareTopic & { id: string; concepts: string[]; polarity: 1; kind: TopicKind };
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

/**
 * Pair scores for the retrieval candidates of every document pair only (sense-expanded
 * retrieval plus shared concepts): large documents are never scored claim pair by claim pair.
 */
function scoreCandidatePairs(docs: CompareDocument[], lexicon: ConceptGroup[], opts: SuggestOptions, corpus: CorpusStats) {
  const scores = new Map<string, ClaimPairScore>();
  const byId = new Map(docs.flatMap((d) => d.claims).map((c) => [c.id, c] as const));
  for (const hit of opts.candidates ?? candidatePairs(docs, lexicon, opts)) {
    const key = pairKey(hit.leftId, hit.rightId);
    const external = { ...opts.external?.[key], retrieval: hit.score, retrievalShared: hit.shared };
    scores.set(key, scoreClaimPair(byId.get(hit.leftId)!, byId.get(hit.rightId)!, lexicon, external, corpus));
  }
  return scores;
}

/**
 * The claim pairs worth scoring, for every pair of documents: each claim's best partners by
 * sense-expanded retrieval (shared concepts count as keys). The service asks the database for
 * its similarity of these pairs only.
 */
export function candidatePairs(docs: CompareDocument[], lexicon: ConceptGroup[], opts: Pick<SuggestOptions, 'resources'> = {}): RetrievalHit[] {
  const extraKeysOf = (c: CompareClaim) => [...featuresOf(c, lexicon).concepts.keys()].map((id) => `c:${id}`);
  const hits: RetrievalHit[] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) hits.push(...retrieveCandidates(docs[i].claims, docs[j].claims, { resources: opts.resources, extraKeysOf }));
  }
  return hits;
}

/** Pair scores that computes (and keeps) a missing pair when asked for it. */
class LazyPairScores extends Map<string, ClaimPairScore> {
  constructor(
    scores: Map<string, ClaimPairScore>,
    private readonly compute: (a: string, b: string) => ClaimPairScore,
  ) {
    super(scores);
  }
  override get(key: string): ClaimPairScore | undefined {
    const known = super.get(key);
    if (known) return known;
    const [a, b] = key.split('|');
    const computed = this.compute(a, b);
    this.set(key, computed);
    return computed;
  }
}

/** A topic before it becomes a suggestion; `via` says why its claims belong together when pair scores do not. */
type Group = { ids: string[]; pairs: ClaimPairScore[]; label: string; concepts: string[]; kind: TopicKind; via?: string; stances?: Record<string, 'supports' | 'opposes'> };

/** One topic per connected set of aligned quantities (a chain across three or more documents stays one topic). */
function numberGroups(alignments: QuantityAlignment[], scores: Map<string, ClaimPairScore>): Group[] {
  const endKey = (e: QuantityAlignment['left']) => `${e.claim.id}#${e.quantity.start}`;
  const groupOf = new Map<string, { alignments: QuantityAlignment[] }>();
  for (const p of alignments) {
    const a = groupOf.get(endKey(p.left)) ?? { alignments: [] };
    const b = groupOf.get(endKey(p.right)) ?? { alignments: [] };
    const merged = a === b ? a : { alignments: [...a.alignments, ...b.alignments] };
    merged.alignments.push(p);
    merged.alignments.forEach((q) => [q.left, q.right].forEach((e) => groupOf.set(endKey(e), merged)));
  }
  return [...new Set(groupOf.values())].map(({ alignments: ps }) => {
    const ids = [...new Set(ps.flatMap((p) => [p.left.claim.id, p.right.claim.id]))];
    const pairs = ps.map((p) => scores.get(pairKey(p.left.claim.id, p.right.claim.id)) ?? asPairScore(p));
    const via = ps.map((p) => `${p.left.quantity.text} ↔ ${p.right.quantity.text}: ${p.why.join(', ')}`).join('; ');
    return { ids, pairs, via: `same measured thing (${via})`, label: labelNumberTopic(ps[0]), concepts: [], kind: 'number' as const };
  });
}

/** Both sides of a continuation hold the proposition: it opposes only when both read as opposing ("klagen weiterhin über Lärm"). */
function continuationPole(claims: CompareClaim[], lexicon: ConceptGroup[], resources?: LexicalResources): 'supports' | 'opposes' {
  const topic = { id: 'continuation', label: '', concepts: [], polarity: 1 as const };
  return claims.every((c) => detectStance(c, topic, lexicon, resources).stance === 'opposes') ? 'opposes' : 'supports';
}

/** A quantity alignment as a pair score, for claims the proposition pass did not score. */
function asPairScore(p: QuantityAlignment): ClaimPairScore {
  return {
    leftId: p.left.claim.id,
    rightId: p.right.claim.id,
    // Floor: an accepted alignment is evidence even when its clauses differ.
    score: Math.max(0.1, Math.min(1, p.score)),
    parts: { lexical: 0, entities: 0, concepts: 0, quantitySubject: 1 },
    explanation: p.why,
  };
}

function linkFor(claim: CompareClaim, topic: SuggestedTopic['topic'], group: Group, lexicon: ConceptGroup[], resources?: LexicalResources) {
  const best = group.pairs.filter((p) => p.leftId === claim.id || p.rightId === claim.id).sort((a, b) => b.score - a.score)[0];
  const detected = detectStance(claim, topic, lexicon, resources);
  // A mixed claim read against its flip partner takes the pole the flip found.
  const decided = group.stances?.[claim.id];
  const stance = decided && decided !== detected.stance ? { ...detected, stance: decided, confidence: Math.max(detected.confidence, 0.5), rationale: `${detected.rationale} Read as ${decided} against the other side (${group.via ?? 'flip'}).` } : detected;
  const similarity = best ? `similarity ${best.score} (${best.explanation.slice(0, 3).join('; ') || 'weak overlap'})` : 'cluster';
  const via = group.via ? `${group.via}, ${similarity}` : similarity;
  const link: TopicLink = {
    topicKey: topic.id,
    claimId: claim.id,
    source: 'auto',
    stance: stance.stance,
    // A flip topic may pair claims retrieval never scored: then the stance evidence alone counts.
    confidence: Math.round(Math.min(best && best.score > 0 ? best.score : 0.5, stance.confidence) * 100) / 100,
    rationale: `Linked by ${via}. ${stance.rationale}`,
    cues: detected.cues,
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
  const hits = opts.candidates ?? candidatePairs(docs, lexicon, opts);
  const scores = scoreCandidatePairs(docs, lexicon, { ...opts, candidates: hits }, corpus);
  // Retrieval over both documents tells how alike two claims are beyond their own words.
  const contextOf = (a: CompareClaim, b: CompareClaim) => scores.get(pairKey(a.id, b.id))?.parts.retrieval;
  const alignments = alignNumbersAcross(docs, { resources: opts.resources, lexicon, contextOf });
  const numbers = numberGroups(alignments, scores);
  // Pairs linked by the same measured thing belong to the number pass, not to a proposition.
  const numberPairs = new Set(alignments.map((a) => pairKey(a.left.claim.id, a.right.claim.id)));
  // A claim whose number has a topic of its own is read there; its tone rarely states a second proposition.
  const numberClaims = new Set(alignments.flatMap((a) => [a.left.claim.id, a.right.claim.id]));
  const sharedOf = new Map(hits.map((h) => [pairKey(h.leftId, h.rightId), h.shared]));
  const sharedWords = (p: ClaimPairScore) => sharedOf.get(pairKey(p.leftId, p.rightId)) ?? [];
  // The flip passes compare few claims (clear stances): score their pairs on demand.
  const lazyScores = new LazyPairScores(scores, (a, b) => scoreClaimPair(byId.get(a)!, byId.get(b)!, lexicon, opts.external?.[pairKey(a, b)], corpus));
  const sharesSubstance = (p: ClaimPairScore) => sharedSubstance([byId.get(p.leftId)!, byId.get(p.rightId)!], sharedWords(p)) >= 1;
  const flipPairs = findPolarityFlips([...scores.values()], byId, lexicon, opts.resources, (id) => numberClaims.has(id), [], sharesSubstance);
  const polarityFlips = flipPairs.map(({ pair, via, stances }) => ({
    ids: [pair.leftId, pair.rightId],
    pairs: [pair],
    via,
    stances,
    ...labelProposition([byId.get(pair.leftId)!, byId.get(pair.rightId)!], lexicon, corpus),
    concepts: [],
    kind: 'flip' as const,
  }));
  const flipped = new Set(flipPairs.flatMap((f) => [f.pair.leftId, f.pair.rightId]));
  // What the later side says still holds: an agreement of its own, whatever the stance words.
  const firstContinuations = findContinuations([...scores.values()], byId, (id) => numberClaims.has(id) || flipped.has(id), sharedWords);
  // A claim whose number has a topic can still say, in close words, that something else holds.
  const continuedFirst = new Set(firstContinuations.flatMap((c) => [c.pair.leftId, c.pair.rightId]));
  const continuationPairs = [
    ...firstContinuations,
    ...findContinuations([...scores.values()], byId, (id) => flipped.has(id) || continuedFirst.has(id), sharedWords, true),
  ];
  const continuations = continuationPairs.map(({ pair, via }) => {
    const ids = [pair.leftId, pair.rightId];
    const pole = continuationPole(ids.map((id) => byId.get(id)!), lexicon, opts.resources);
    return {
      ids,
      pairs: [{ ...pair, explanation: [via, ...pair.explanation] }],
      via,
      stances: Object.fromEntries(ids.map((id) => [id, pole])),
      ...labelProposition(ids.map((id) => byId.get(id)!), lexicon, corpus),
      concepts: [],
      kind: 'continuation' as const,
    };
  });
  const continued = new Set(continuationPairs.flatMap((c) => [c.pair.leftId, c.pair.rightId]));
  // What the later side says has changed: a contradiction of its own, whatever the stance words.
  const revisionPairs = findRevisions(docs, lexicon, opts.resources, (a, b) => lazyScores.get(pairKey(a, b))!, (id) => numberClaims.has(id) || flipped.has(id) || continued.has(id), (a, b) => scores.get(pairKey(a, b))?.parts.retrieval);
  const revised = new Set(revisionPairs.flatMap((r) => [r.pair.leftId, r.pair.rightId]));
  const undone = findReversals(docs, lexicon, opts.resources, (a, b) => lazyScores.get(pairKey(a, b))!, (id) => numberClaims.has(id) || flipped.has(id) || continued.has(id) || revised.has(id), sharedWords);
  const reversed = new Set([...revised, ...undone.flatMap((r) => [r.pair.leftId, r.pair.rightId])]);
  // One side denies what the other asserts: a contradiction whatever evaluative words they use.
  const denied = findNegationFlips([...scores.values()], byId, (id) => numberClaims.has(id) || flipped.has(id) || continued.has(id) || reversed.has(id), sharedWords, opts.resources);
  // Last, a speaker's turn between two unworded judgements, on claims no pass above explains.
  const deniedIds = new Set(denied.flatMap((r) => [r.pair.leftId, r.pair.rightId]));
  const isStancePaired = (id: string) => numberClaims.has(id) || flipped.has(id) || continued.has(id) || reversed.has(id) || deniedIds.has(id);
  const speakerPairs = speakerEvaluationPairs(docs, (c) => readEvaluation(c, lexicon, opts.resources), (a, b) => lazyScores.get(pairKey(a.id, b.id))!, opts.resources);
  const speakerTurns = findPolarityFlips([], byId, lexicon, opts.resources, isStancePaired, speakerPairs);
  // A claim whose number has a topic can still judge something else, in close words, oppositely.
  const turned = new Set(speakerTurns.flatMap((t) => [t.pair.leftId, t.pair.rightId]));
  const closeNumberPairs = [...scores.values()].filter(
    (p) => (numberClaims.has(p.leftId) || numberClaims.has(p.rightId)) && (p.parts.retrieval ?? 0) >= CLOSE_SIMILARITY && sharedContent([byId.get(p.leftId)!, byId.get(p.rightId)!], sharedWords(p)) >= 2,
  );
  const isPairedElsewhere = (id: string) => (isStancePaired(id) && !numberClaims.has(id)) || turned.has(id);
  const turns = [...speakerTurns, ...findPolarityFlips(closeNumberPairs, byId, lexicon, opts.resources, isPairedElsewhere)];
  const revisions = [...revisionPairs, ...undone, ...denied, ...turns].map(({ pair, via, stances }) => ({
    ids: [pair.leftId, pair.rightId],
    pairs: [{ ...pair, explanation: [via, ...pair.explanation] }],
    via,
    stances,
    ...labelProposition([byId.get(pair.leftId)!, byId.get(pair.rightId)!], lexicon, corpus),
    concepts: [],
    kind: 'flip' as const,
  }));
  // Claims paired by a flip, a continuation or a revision stay out of the proposition clusters.
  const stancePaired = new Set([...flipped, ...continued, ...reversed, ...deniedIds, ...turns.flatMap((r) => [r.pair.leftId, r.pair.rightId])]);
  const propositionPairs = [...scores.values()].filter(
    (p) => !numberPairs.has(pairKey(p.leftId, p.rightId)) && !(stancePaired.has(p.leftId) && stancePaired.has(p.rightId)),
  );
  const links = candidateLinks(propositionPairs, (id) => byId.get(id)!.documentId, clusterOpts);
  const propositions = clusterLinks(links, scores, clusterOpts).map(({ ids, pairs }) => ({
    ids,
    pairs,
    ...labelProposition(ids.map((id) => byId.get(id)!), lexicon, corpus),
    kind: 'proposition' as const,
  }));
  const isLinked = (a: string, b: string) => propositions.some((p) => p.ids.includes(a) && p.ids.includes(b));
  const flipOpts = { minConfidence: opts.flipConfidence ?? 0.6, maxSize: opts.flipMaxSize ?? 4 };
  const flips = findStanceFlips(docs, lexicon, lazyScores, isLinked, flipOpts, corpus);
  const groups = [...numbers, ...polarityFlips, ...continuations, ...revisions, ...propositions, ...flips.map((f) => ({ ...f, kind: 'flip' as const }))];
  // Two passes may find the same pair (an evaluation flip that is also a polar-concept flip): one topic.
  const claimSets = new Set<string>();
  const distinct = groups.filter((g) => {
    const key = `${g.kind}:${[...g.ids].sort().join(' ')}`;
    return !claimSets.has(key) && claimSets.add(key);
  });
  const suggestions = distinct.map((group) => toSuggestion(group, byId, lexicon, opts.resources));
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

function toSuggestion(group: Group, byId: Map<string, CompareClaim>, lexicon: ConceptGroup[], resources?: LexicalResources): SuggestedTopic {
  const claims = group.ids.map((id) => byId.get(id)!).sort((a, b) => a.id.localeCompare(b.id));
  // The label is descriptive only: the proposition is the shared concepts' positive pole.
  const topic = { id: `suggested:${claims[0].id}`, label: group.label, concepts: group.concepts, polarity: 1 as const, kind: group.kind };
  const sorted = [...group.pairs].sort((a, b) => b.score - a.score);
  const links = claims.map((c) => linkFor(c, topic, group, lexicon, resources));
  return { topic, claimIds: claims.map((c) => c.id), links, pairs: sorted, score: sorted[0]?.score ?? 0 };
}
