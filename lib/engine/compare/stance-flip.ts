// Stance-flip topics: claims of different documents that take clearly opposite sides on one
// polar concept (welcome vs withdrawal, support vs opposition) about the same actor. Such
// claims often share nothing but the concept ("held in high esteem" vs "whether it is still
// welcome is far from certain"), so their pair score stays far below the clustering
// threshold; the evidence that they answer one question is the stance itself. To stay
// precise, each side needs strong cues (an evaluative phrase, a doubt, a negated counter-pole;
// never a bare concept word, nor one narrated as a past event or hypothetical), the two claims
// must share a salient entity, and they must be each other's best opposite partner.
import { matchEntities, nameKey, type EntityMatch } from './aliases';
import { idfOf, type CorpusStats } from './corpus';
import { featuresOf } from './features';
import type { ConceptGroup } from './lexicon';
import { readStance, type StanceCue } from './stance';
import type { ClaimPairScore, CompareClaim, CompareDocument } from './types';

export type FlipOptions = {
  /** Least stance confidence on each side. */
  minConfidence: number;
  /** Most claims in one flip topic. */
  maxSize: number;
};

/** A claim's clear stance on one polar concept, with the strong cues behind it described. */
export type PolarReading = { claim: CompareClaim; stance: 'supports' | 'opposes'; confidence: number; evidence: string[] };

export type FlipGroup = { ids: string[]; pairs: ClaimPairScore[]; label: string; concepts: string[]; via: string };

/** Least summed weight of the strong cues: one plain evaluative cue (1) or a doubted one (0.6). */
const MIN_STRONG = 0.5;
/** A general evaluative word speaks for the concept only this many tokens from one of its words. */
const NEAR_CONCEPT = 6;

function isStrong(cue: StanceCue, anchors: StanceCue[]): boolean {
  if (cue.setting || cue.conditional) return false;
  if (cue.concept !== null) return cue.negations.length > 0 || cue.doubt !== null || cue.evaluative !== null;
  return anchors.some((a) => Math.abs(a.start - cue.start) <= NEAR_CONCEPT);
}

function describeCue(cue: StanceCue): string {
  const words = `"${cue.evaluative ?? cue.surface}"`;
  if (cue.negations.length > 0) return `${words} negated by "${cue.negations.join('", "')}"`;
  if (cue.doubt) return `${words} put in doubt by "${cue.doubt}"`;
  return `evaluative ${words}`;
}

/** The claim's clear stance on the concept's positive pole, or null when the evidence is weak. */
export function readPolar(claim: CompareClaim, group: ConceptGroup, lexicon: ConceptGroup[], minConfidence: number): PolarReading | null {
  if (!group.opposites || !featuresOf(claim, lexicon).concepts.has(group.id)) return null;
  const { result, cues } = readStance(claim, { label: group.label, concepts: [group.id], polarity: 1 }, lexicon);
  if ((result.stance !== 'supports' && result.stance !== 'opposes') || result.confidence < minConfidence) return null;
  const sign = result.stance === 'supports' ? 1 : -1;
  const anchors = cues.filter((c) => c.concept !== null && !c.setting);
  const strong = cues.filter((c) => Math.sign(c.value) === sign && isStrong(c, anchors));
  if (strong.reduce((sum, c) => sum + Math.abs(c.value), 0) < MIN_STRONG) return null;
  return { claim, stance: result.stance, confidence: result.confidence, evidence: strong.map(describeCue) };
}

/**
 * The entity two claims are both about (the rarest shared one), or null. A shared place alone
 * does not do when either claim names another actor: "the Legion is unwelcome in Tarnovia" and
 * "the observers are well regarded in Tarnovia" are two questions.
 */
/** A claim names an actor other than a place. */
export const hasActor = (c: CompareClaim): boolean => c.entities.some((e) => e.type !== 'place');

/** Two claims that each name an actor and share none hold two propositions ("the Legion is unwelcome" / "the observers are praised"). */
export const differentActors = (a: CompareClaim, b: CompareClaim): boolean => hasActor(a) && hasActor(b) && !sharedSubject(a, b);

export function sharedSubject(a: CompareClaim, b: CompareClaim, corpus?: CorpusStats): string | null {
  const matches = matchEntities(a.entities, b.entities);
  if (matches.length === 0) return null;
  const isPlace = (c: CompareClaim, name: string) => c.entities.find((e) => e.canonical === name)?.type === 'place';
  const actors = matches.filter((m) => !isPlace(a, m.left) || !isPlace(b, m.right));
  if (actors.length === 0) {
    const hasOtherActor = (c: CompareClaim, matched: Set<string>) => c.entities.some((e) => e.type !== 'place' && !matched.has(e.canonical));
    if (hasOtherActor(a, new Set(matches.map((m) => m.left))) || hasOtherActor(b, new Set(matches.map((m) => m.right)))) return null;
  }
  const idf = (m: EntityMatch) => (corpus ? idfOf(corpus, `e:${nameKey(m.left)}`) : 1) * (m.via === 'part' ? 0.5 : 1);
  return [...(actors.length > 0 ? actors : matches)].sort((x, y) => idf(y) - idf(x))[0].left;
}

const keyOf = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

type Edge = { left: PolarReading; right: PolarReading; subject: string; score: number };

function edgesBetween(lefts: PolarReading[], rights: PolarReading[], scores: Map<string, ClaimPairScore>, corpus?: CorpusStats): Edge[] {
  const edges: Edge[] = [];
  for (const left of lefts) {
    for (const right of rights.filter((r) => r.stance !== left.stance)) {
      const subject = sharedSubject(left.claim, right.claim, corpus);
      if (!subject) continue;
      // Similarity ranks the candidates; stance confidence breaks ties.
      const similarity = scores.get(keyOf(left.claim.id, right.claim.id))?.score ?? 0;
      edges.push({ left, right, subject, score: similarity + 0.01 * left.confidence * right.confidence });
    }
  }
  return edges.sort((a, b) => b.score - a.score);
}

/** Best opposite partner per reading, over edges sorted best first. */
function bestEdges(edges: Edge[]): Map<PolarReading, Edge> {
  const best = new Map<PolarReading, Edge>();
  for (const e of edges) {
    if (!best.has(e.left)) best.set(e.left, e);
    if (!best.has(e.right)) best.set(e.right, e);
  }
  return best;
}

/**
 * Flip topics between two documents on one concept: each mutual best opposite pair the
 * proposition pass has not linked seeds a topic; a further claim joins when its own best
 * opposite partner is in the topic and it is about the same subject, up to maxSize.
 */
function flipsBetween(edges: Edge[], isLinked: (a: string, b: string) => boolean, maxSize: number): Edge[][] {
  const best = bestEdges(edges);
  const used = new Set<PolarReading>();
  const topics: Edge[][] = [];
  for (const seed of edges) {
    if (best.get(seed.left) !== seed || best.get(seed.right) !== seed) continue;
    if (used.has(seed.left) || used.has(seed.right) || isLinked(seed.left.claim.id, seed.right.claim.id)) continue;
    const members = new Set([seed.left, seed.right]);
    const accepted = [seed];
    for (const [reading, edge] of best) {
      if (members.size >= maxSize || members.has(reading) || used.has(reading) || edge.subject !== seed.subject) continue;
      const partner = edge.left === reading ? edge.right : edge.left;
      if (!members.has(partner)) continue;
      members.add(reading);
      accepted.push(edge);
    }
    members.forEach((m) => used.add(m));
    topics.push(accepted);
  }
  return topics;
}

function toGroup(edges: Edge[], group: ConceptGroup, scores: Map<string, ClaimPairScore>, dated: boolean): FlipGroup {
  const [earlier, later] = dated ? ['earlier', 'later'] : ['left', 'right'];
  const side = (name: string, r: PolarReading) => `${name} ${r.stance} (${r.evidence.join('; ')})`;
  const pairs = edges.map((e): ClaimPairScore => {
    const base = scores.get(keyOf(e.left.claim.id, e.right.claim.id));
    const flip = `${side(earlier, e.left)} ↔ ${side(later, e.right)}`;
    const parts = base?.parts ?? { lexical: 0, entities: 0, concepts: 0, quantitySubject: 0 };
    return { leftId: e.left.claim.id, rightId: e.right.claim.id, score: base?.score ?? 0, parts, explanation: [flip, ...(base?.explanation ?? [])] };
  });
  const ids = [...new Set(edges.flatMap((e) => [e.left.claim.id, e.right.claim.id]))];
  const subject = edges[0].subject;
  return { ids, pairs, label: `${group.label}: ${subject}`, concepts: [group.id], via: `opposite stances on ${group.label} about ${subject}` };
}

/**
 * Stance-flip topics across the documents (ordered by date, earlier on the left), for every
 * polar concept of the lexicon. `isLinked` says whether the proposition pass already put two
 * claims in one topic; such pairs need no flip topic.
 */
export function findStanceFlips(
  docs: CompareDocument[],
  lexicon: ConceptGroup[],
  scores: Map<string, ClaimPairScore>,
  isLinked: (a: string, b: string) => boolean,
  opts: FlipOptions,
  corpus?: CorpusStats,
): FlipGroup[] {
  const ordered = [...docs].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const groups: FlipGroup[] = [];
  for (const group of lexicon.filter((g) => g.opposites)) {
    const readings = ordered.map((d) => d.claims.map((c) => readPolar(c, group, lexicon, opts.minConfidence)).filter((r) => r !== null));
    for (let i = 0; i < ordered.length; i++) {
      for (let j = i + 1; j < ordered.length; j++) {
        const dated = Boolean(ordered[i].published && ordered[j].published && ordered[i].published !== ordered[j].published);
        const edges = edgesBetween(readings[i], readings[j], scores, corpus);
        for (const topic of flipsBetween(edges, isLinked, opts.maxSize)) groups.push(toGroup(topic, group, scores, dated));
      }
    }
  }
  return groups;
}
