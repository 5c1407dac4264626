// Proposition clustering: claims of different documents that state or dispute the same thing.
// A topic is one question, so clusters stay small and every link needs its own evidence;
// loose chains ("NATO … Irak … Abzug") must not grow into one catch-all topic.
import type { ClaimPairScore } from './types';

export type ClusterOptions = {
  /** Minimum pair score for a link. */
  threshold: number;
  /** Clusters merge only if their average cross-document pair score reaches threshold × linkage. */
  linkage: number;
  /** Most claims in one topic. */
  maxSize: number;
  /** A link must be among the top `mutualRank` partners of both claims (in the other's document). */
  mutualRank: number;
};

export type Cluster = { ids: string[]; pairs: ClaimPairScore[] };

const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Retrieval cosine that counts as evidence of its own (shared rare senses, across languages too). */
const RETRIEVAL_EVIDENCE = 0.3;

/**
 * Evidence beyond the mere co-occurrence of a common concept or entity: shared rare words,
 * a shared phrase, or a shared concept backed by some shared wording.
 */
export function hasStrongEvidence(pair: ClaimPairScore): boolean {
  const { lexical, phrase = 0, concepts, entities, retrieval = 0 } = pair.parts;
  if (phrase >= 0.5 || lexical >= 0.15 || retrieval >= RETRIEVAL_EVIDENCE) return true;
  // A rare shared concept is the proposition itself, and across languages often the only link.
  if (concepts >= 0.75) return true;
  return concepts >= 0.5 && (lexical >= 0.05 || entities >= 0.3);
}

/** Partners of each claim per other document, best first. */
function rankPartners(pairs: ClaimPairScore[], docOf: (id: string) => string) {
  const ranks = new Map<string, ClaimPairScore[]>();
  const add = (id: string, other: string, p: ClaimPairScore) => {
    const k = `${id}>${docOf(other)}`;
    ranks.set(k, [...(ranks.get(k) ?? []), p]);
  };
  for (const p of pairs) {
    add(p.leftId, p.rightId, p);
    add(p.rightId, p.leftId, p);
  }
  for (const list of ranks.values()) list.sort((a, b) => b.score - a.score);
  const partnerOf = (p: ClaimPairScore, id: string) => (p.leftId === id ? p.rightId : p.leftId);
  return (id: string, other: string) => (ranks.get(`${id}>${docOf(other)}`) ?? []).findIndex((p) => partnerOf(p, id) === other);
}

/** Links that pass the threshold, show strong evidence and are mutual near-best matches. */
export function candidateLinks(scores: ClaimPairScore[], docOf: (id: string) => string, opts: ClusterOptions): ClaimPairScore[] {
  const passing = scores.filter((p) => p.score >= opts.threshold && hasStrongEvidence(p));
  const rankOf = rankPartners(passing, docOf);
  return passing
    .filter((p) => rankOf(p.leftId, p.rightId) < opts.mutualRank && rankOf(p.rightId, p.leftId) < opts.mutualRank)
    .sort((a, b) => b.score - a.score);
}

function averageLinkage(a: string[], b: string[], scores: Map<string, ClaimPairScore>): number {
  const values = a.flatMap((x) => b.map((y) => scores.get(key(x, y))?.score)).filter((v) => v !== undefined);
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * Greedy agglomeration over the candidate links, best first: a link joins or merges two
 * clusters when the merged cluster stays within maxSize and the average cross-document score
 * between the two sides reaches threshold × linkage. A second pass merges whole clusters
 * (best average first) under the same two conditions, so two pairs on one question become one
 * topic even when no single cross pair is a mutual best match.
 */
export function clusterLinks(links: ClaimPairScore[], allScores: Map<string, ClaimPairScore>, opts: ClusterOptions): Cluster[] {
  const clusterOf = new Map<string, Cluster>();
  const bar = opts.threshold * opts.linkage;
  for (const link of links) {
    const a = clusterOf.get(link.leftId) ?? { ids: [link.leftId], pairs: [] };
    const b = clusterOf.get(link.rightId) ?? { ids: [link.rightId], pairs: [] };
    if (a === b) {
      a.pairs.push(link);
      continue;
    }
    if (a.ids.length + b.ids.length > opts.maxSize) continue;
    if (averageLinkage(a.ids, b.ids, allScores) < bar) continue;
    const merged: Cluster = { ids: [...a.ids, ...b.ids], pairs: [...a.pairs, ...b.pairs, link] };
    merged.ids.forEach((id) => clusterOf.set(id, merged));
  }
  return mergeClusters([...new Set(clusterOf.values())], allScores, bar, opts.maxSize);
}

/**
 * Average cross-document score between every two clusters that some scored pair connects
 * (unconnected clusters average 0 and never merge), so the cost follows the scored pairs,
 * not clusters × clusters.
 */
function connectedLinkages(clusters: Cluster[], scores: Map<string, ClaimPairScore>, maxSize: number) {
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, i) => c.ids.forEach((id) => clusterOf.set(id, i)));
  const sums = new Map<string, { i: number; j: number; sum: number; n: number }>();
  for (const p of scores.values()) {
    const [x, y] = [clusterOf.get(p.leftId), clusterOf.get(p.rightId)];
    if (x === undefined || y === undefined || x === y) continue;
    const [i, j] = x < y ? [x, y] : [y, x];
    if (clusters[i].ids.length + clusters[j].ids.length > maxSize) continue;
    const k = `${i}|${j}`;
    const entry = sums.get(k) ?? { i, j, sum: 0, n: 0 };
    entry.sum += p.score;
    entry.n += 1;
    sums.set(k, entry);
  }
  return [...sums.values()].map((e) => ({ i: e.i, j: e.j, value: e.sum / e.n }));
}

function mergeClusters(clusters: Cluster[], scores: Map<string, ClaimPairScore>, bar: number, maxSize: number): Cluster[] {
  for (;;) {
    let best: { i: number; j: number; value: number } | null = null;
    for (const link of connectedLinkages(clusters, scores, maxSize)) {
      if (link.value >= bar && link.value > (best?.value ?? 0)) best = link;
    }
    if (!best) return clusters;
    const [a, b] = [clusters[best.i], clusters[best.j]];
    const cross = a.ids.flatMap((x) => b.ids.map((y) => scores.get(key(x, y)))).filter((p) => p !== undefined);
    const strongest = cross.sort((p, q) => q.score - p.score).slice(0, 1);
    clusters.splice(best.j, 1);
    clusters.splice(best.i, 1, { ids: [...a.ids, ...b.ids], pairs: [...a.pairs, ...b.pairs, ...strongest] });
  }
}
