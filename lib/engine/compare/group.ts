// Topic suggestions: cluster claims of different documents that address the same question.
import { nameKey } from './aliases';
import type { ConceptGroup } from './lexicon';
import { conceptWeight, featuresOf, scoreClaimPair } from './similarity';
import { detectStance } from './stance';
import type { ClaimPairScore, CompareClaim, CompareDocument, CompareTopic, ExternalScores, TopicLink } from './types';

export type SuggestOptions = {
  /** Minimum pair score for a link, default 0.4. */
  threshold?: number;
  /** Two clusters merge only if their average cross-document pair score reaches threshold × this (default 0.75). */
  linkage?: number;
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

function scoreAllPairs(docs: CompareDocument[], lexicon: ConceptGroup[], opts: SuggestOptions) {
  const scores = new Map<string, ClaimPairScore>();
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      for (const a of docs[i].claims) {
        for (const b of docs[j].claims) {
          scores.set(pairKey(a.id, b.id), scoreClaimPair(a, b, lexicon, opts.external?.[pairKey(a.id, b.id)]));
        }
      }
    }
  }
  return scores;
}

function averageLinkage(a: string[], b: string[], scores: Map<string, ClaimPairScore>): number {
  const values = a.flatMap((x) => b.map((y) => scores.get(pairKey(x, y))?.score)).filter((v) => v !== undefined);
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}

type Cluster = { ids: string[]; pairs: ClaimPairScore[]; kind: 'quantity' | 'proposition' };

/** A pair linked by a shared counted subject seeds a quantity topic, anything else a proposition. */
const kindOf = (pair: ClaimPairScore): Cluster['kind'] => (pair.parts.quantitySubject >= 0.5 ? 'quantity' : 'proposition');

function bestCrossPair(a: Cluster, b: Cluster, scores: Map<string, ClaimPairScore>): ClaimPairScore[] {
  const pairs = a.ids.flatMap((x) => b.ids.map((y) => scores.get(pairKey(x, y)))).filter((p) => p !== undefined);
  return pairs.sort((p, q) => q.score - p.score).slice(0, 1);
}

/**
 * Greedy agglomeration, best pairs first: a pair joins or merges clusters when the average
 * cross-document linkage of the two sides reaches threshold × linkage and the kinds agree
 * (a number topic and a proposition are different questions, even on the same subject).
 * A second pass merges whole clusters whose average linkage still reaches that bar.
 */
function clusterClaims(scores: Map<string, ClaimPairScore>, threshold: number, linkage: number): Cluster[] {
  const clusterOf = new Map<string, Cluster>();
  const candidates = [...scores.values()].filter((p) => p.score >= threshold).sort((x, y) => y.score - x.score);
  const bar = threshold * linkage;
  for (const pair of candidates) {
    const kind = kindOf(pair);
    const a = clusterOf.get(pair.leftId) ?? { ids: [pair.leftId], pairs: [], kind };
    const b = clusterOf.get(pair.rightId) ?? { ids: [pair.rightId], pairs: [], kind };
    if (a.kind !== kind || b.kind !== kind) continue;
    if (a === b) {
      a.pairs.push(pair);
      continue;
    }
    if (averageLinkage(a.ids, b.ids, scores) < bar) continue;
    const merged: Cluster = { ids: [...a.ids, ...b.ids], pairs: [...a.pairs, ...b.pairs, pair], kind };
    merged.ids.forEach((id) => clusterOf.set(id, merged));
  }
  const clusters = [...new Set(clusterOf.values())];
  for (;;) {
    let best: { i: number; j: number; value: number } | null = null;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        if (clusters[i].kind !== clusters[j].kind) continue;
        const value = averageLinkage(clusters[i].ids, clusters[j].ids, scores);
        if (value >= bar && value > (best?.value ?? 0)) best = { i, j, value };
      }
    }
    if (!best) return clusters;
    const [a, b] = [clusters[best.i], clusters[best.j]];
    const merged: Cluster = { ids: [...a.ids, ...b.ids], pairs: [...a.pairs, ...b.pairs, ...bestCrossPair(a, b, scores)], kind: a.kind };
    clusters.splice(best.j, 1);
    clusters.splice(best.i, 1, merged);
  }
}

function countBy<T>(items: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  items.forEach((item) => counts.set(item, (counts.get(item) ?? 0) + 1));
  return counts;
}

const top = <T>(counts: Map<T, number>, n: number): T[] =>
  [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k]) => k);

/** Concepts and entities present in at least two documents of the cluster, strongest first. */
function sharedFeatures(claims: CompareClaim[], lexicon: ConceptGroup[]) {
  const docsWith = (keysOf: (c: CompareClaim) => string[]) => {
    const perDoc = new Map<string, Set<string>>();
    for (const c of claims) for (const k of keysOf(c)) perDoc.set(k, (perDoc.get(k) ?? new Set()).add(c.documentId));
    return [...perDoc.entries()].filter(([, d]) => d.size >= 2).map(([k]) => k);
  };
  // Polar concepts (with opposites) state a proposition, so they weigh most and label best.
  const weightOf = (id: string) => conceptWeight(lexicon.find((g) => g.id === id));
  const conceptCount = countBy(claims.flatMap((c) => [...featuresOf(c, lexicon).concepts.keys()]));
  const concepts = docsWith((c) => [...featuresOf(c, lexicon).concepts.keys()]).sort(
    (a, b) => (conceptCount.get(b) ?? 0) * weightOf(b) - (conceptCount.get(a) ?? 0) * weightOf(a),
  );
  const display = new Map(claims.flatMap((c) => c.entities.map((e) => [nameKey(e.canonical), e.canonical] as const)));
  const entities = docsWith((c) => [...new Set(c.entities.map((e) => nameKey(e.canonical)))]).map((k) => display.get(k) ?? k);
  return { concepts, entities };
}

function labelCluster(claims: CompareClaim[], lexicon: ConceptGroup[]) {
  const { concepts, entities } = sharedFeatures(claims, lexicon);
  const head = concepts[0] ? lexicon.find((g) => g.id === concepts[0])?.label ?? concepts[0] : entities[0];
  const entityWords = new Set(entities.flatMap((e) => e.toLowerCase().split(/\s+/)));
  const surfaces = new Map(claims.flatMap((c) => [...featuresOf(c, lexicon).stems].reverse()));
  const stems = countBy(claims.flatMap((c) => [...featuresOf(c, lexicon).stems.keys()]));
  const frequent = [...stems].filter(([s, n]) => n >= 2 && !entityWords.has((surfaces.get(s) ?? s).toLowerCase()));
  const terms = top(new Map(frequent), 2).map((s) => surfaces.get(s) ?? s);
  const tail = [...entities.slice(0, 1), ...terms].filter((t) => t !== head);
  const label = [head, tail.join(', ')].filter(Boolean).join(': ') || claims[0].text.slice(0, 60);
  return { label, concepts };
}

function linkFor(claim: CompareClaim, topic: SuggestedTopic['topic'], pairs: ClaimPairScore[], lexicon: ConceptGroup[]) {
  const best = pairs.filter((p) => p.leftId === claim.id || p.rightId === claim.id).sort((a, b) => b.score - a.score)[0];
  const stance = detectStance(claim, topic, lexicon);
  const via = best ? `similarity ${best.score} (${best.explanation.slice(0, 3).join('; ') || 'weak overlap'})` : 'cluster';
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
 * Cluster cross-document claim pairs scoring at least `threshold` into suggested topics, each
 * with an automatic label (strongest shared concept or entity plus key terms), the shared
 * concepts as its proposition, and auto links carrying stance and rationale. Best first.
 */
export function suggestTopics(docs: CompareDocument[], lexicon: ConceptGroup[], opts: SuggestOptions = {}): SuggestedTopic[] {
  const threshold = opts.threshold ?? 0.4;
  const scores = scoreAllPairs(docs, lexicon, opts);
  const byId = new Map(docs.flatMap((d) => d.claims.map((c) => [c.id, c] as const)));
  return clusterClaims(scores, threshold, opts.linkage ?? 0.75)
    .map(({ ids, pairs }) => {
      const claims = ids.map((id) => byId.get(id)!).sort((a, b) => a.id.localeCompare(b.id));
      const { label, concepts } = labelCluster(claims, lexicon);
      // The label is descriptive only: the proposition is the shared concepts' positive pole.
      const topic = { id: `suggested:${claims[0].id}`, label, concepts, polarity: 1 as const };
      const sorted = [...pairs].sort((a, b) => b.score - a.score);
      const links = claims.map((c) => linkFor(c, topic, sorted, lexicon));
      return { topic, claimIds: claims.map((c) => c.id), links, pairs: sorted, score: sorted[0]?.score ?? 0 };
    })
    .sort((a, b) => b.score - a.score);
}
