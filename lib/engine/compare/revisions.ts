// Revisions: the later document says a holder changed position ("now opposes the scheme",
// "hält die Quote inzwischen für gescheitert", "who once championed the reservoir, now calls it
// a mistake"). A later claim with such a cue and a clear evaluation contradicts the earlier
// claim of the opposite evaluation that it revises: the closest one by the same holder (a shared
// named actor or speaker), else the closest retrieval partner, whatever words each side uses.
// Reversals are the same for decisions: a later claim that says a decision was undone ("hat den
// Beschluss wieder aufgehoben", "reversed its decision to keep the walkway open") contradicts
// the closest earlier claim that reported it.
import type { LexicalResources } from '../lexical/resources';
import { nameKey } from './aliases';
import { sharedContent } from './continuations';
import type { ConceptGroup } from './lexicon';
import { readEvaluation, type Reading } from './polarity-flips';
import { findCues, NOW_MARKERS, REVERSALS } from './stance-cues';
import { hasActor, sharedSubject } from './stance-flip';
import { tokenize } from './tokens';
import type { ClaimPairScore, CompareClaim, CompareDocument } from './types';

export type RevisionPair = { pair: ClaimPairScore; via: string; stances: Record<string, 'supports' | 'opposes'> };

/** Least pair score of a revision without a shared holder; with one, the closest of its claims. */
const MIN_SIMILARITY = 0.2;
const MIN_HOLDER_SIMILARITY = 0.15;

/** The change cue of a claim: the present of a changed stance ("now", "inzwischen"), or null. */
export function revisionCue(text: string): string | null {
  return findCues(tokenize(text), NOW_MARKERS, new Set())[0]?.surface ?? null;
}

/** Capitalised words that open a name without belonging to it ("Beim Mieterbund", "Laut Stadtrat"). */
const NAME_OPENERS = new Set(['beim', 'vom', 'zum', 'zur', 'im', 'am', 'laut', 'bei', 'von', 'the', 'for', 'at']);

/**
 * Name keys of who holds a claim: its speaker and its named non-place actors, each whole, by
 * its last word (a person's surname) and by its first word (an organisation's own noun:
 * "Mieterbund Rendsburg" is the "Mieterbund" of the later report).
 */
function holderKeys(c: CompareClaim): Set<string> {
  const keys = new Set<string>();
  const add = (name: string) => {
    const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !NAME_OPENERS.has(w.toLowerCase()));
    if (words.length === 0) return;
    keys.add(nameKey(words.join(' ')));
    keys.add(nameKey(words[words.length - 1]));
    keys.add(nameKey(words[0]));
  };
  if (c.speaker) add(c.speaker);
  c.entities.filter((e) => e.type !== 'place').forEach((e) => add(e.canonical));
  return keys;
}

function sharesHolder(a: CompareClaim, b: CompareClaim): boolean {
  if (sharedSubject(a, b)) return true;
  const kb = holderKeys(b);
  return [...holderKeys(a)].some((k) => kb.has(k));
}


/**
 * Without a shared holder the two claims must share words, or be close by retrieval across
 * languages, and not name two different actors (two actors' views are two propositions).
 */
function isCloseWithoutHolder(p: ClaimPairScore, a: CompareClaim, b: CompareClaim): boolean {
  if (hasActor(a) && hasActor(b)) return false;
  return p.score >= MIN_SIMILARITY && (p.parts.lexical > 0 || (p.parts.retrieval ?? 0) >= MIN_SIMILARITY);
}

type Proposal = { pair: ClaimPairScore; earlier: CompareClaim; later: CompareClaim; cue: string };

/** One proposal per later claim, made from the claims of every earlier document that `keep` admits. */
function proposeForLater<P extends Proposal>(docs: CompareDocument[], keep: (c: CompareClaim) => boolean, propose: (later: CompareClaim, earlier: CompareClaim[]) => P | null): P[] {
  const ordered = [...docs].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const out: P[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const earlier = ordered[i].claims.filter(keep);
    for (let j = i + 1; j < ordered.length; j++) {
      for (const later of ordered[j].claims) {
        const p = propose(later, earlier);
        if (p) out.push(p);
      }
    }
  }
  return out;
}

/** The best proposals first, each claim in one at most. */
function oneToOne<P extends Proposal>(proposals: P[], better: (x: P, y: P) => number): P[] {
  const used = new Set<string>();
  return [...proposals].sort(better).filter((p) => {
    if (used.has(p.earlier.id) || used.has(p.later.id)) return false;
    used.add(p.earlier.id);
    used.add(p.later.id);
    return true;
  });
}

type Revision = Proposal & { holder: boolean; readings: [Reading, Reading] };

/** Least retrieval similarity of the later claim's closest earlier claim, when no holder is shared. */
const MIN_CLOSEST_SIMILARITY = 0.1;

/** Retrieval similarity of a claim pair; pairs retrieval never proposed have none. */
type RetrievalOf = (a: string, b: string) => number | undefined;

/** The earlier claim with the highest retrieval similarity to `later` (any evaluation), or null. */
function bestByRetrieval(earlier: CompareClaim[], later: CompareClaim, retrievalOf: RetrievalOf): CompareClaim | null {
  let best: { c: CompareClaim; r: number } | null = null;
  for (const c of earlier) {
    const r = retrievalOf(c.id, later.id) ?? 0;
    if (r > 0 && (!best || r > best.r)) best = { c, r };
  }
  return best?.c ?? null;
}

export function findRevisions(
  docs: CompareDocument[],
  lexicon: ConceptGroup[],
  resources: LexicalResources | undefined,
  scoreOf: (a: string, b: string) => ClaimPairScore,
  isTaken: (id: string) => boolean,
  // Only proposed pairs have a retrieval score: reading it need not score the others.
  retrievalOf: RetrievalOf = (a, b) => scoreOf(a, b).parts.retrieval,
): RevisionPair[] {
  const readings = new Map<string, Reading | null>();
  const clear = (c: CompareClaim) => {
    if (!readings.has(c.id)) readings.set(c.id, readEvaluation(c, lexicon, resources));
    const r = readings.get(c.id)!;
    return r && r.stance !== 'mixed' ? r : null;
  };
  const keep = (c: CompareClaim) => !isTaken(c.id) && !revisionCue(c.text) && clear(c) !== null;
  const proposals = proposeForLater<Revision>(docs, keep, (later, earlier) => {
    const cue = isTaken(later.id) ? null : revisionCue(later.text);
    const reading = cue ? clear(later) : null;
    if (!cue || !reading) return null;
    const opposite = earlier.filter((c) => clear(c)!.stance !== reading.stance).map((c) => ({ c, holder: sharesHolder(c, later), pair: scoreOf(c.id, later.id) }));
    // The one earlier claim of its holder that said the opposite is what the holder revised.
    const isOnlyOfHolder = opposite.filter((o) => o.holder).length === 1;
    // A revision revises something: the later claim's closest earlier claim by retrieval, when it said the opposite.
    const closest = bestByRetrieval(earlier, later, retrievalOf);
    const isClosest = (o: (typeof opposite)[number]) => o.c.id === closest?.id && (o.pair.parts.retrieval ?? 0) >= MIN_CLOSEST_SIMILARITY && !(hasActor(o.c) && hasActor(later));
    const best = opposite
      .filter((o) => (o.holder ? isOnlyOfHolder || o.pair.score >= MIN_HOLDER_SIMILARITY : isCloseWithoutHolder(o.pair, o.c, later) || isClosest(o)))
      .sort((x, y) => Number(y.holder) - Number(x.holder) || y.pair.score - x.pair.score)[0];
    return best ? { pair: best.pair, earlier: best.c, later, holder: best.holder, cue, readings: [clear(best.c)!, reading] } : null;
  });
  return oneToOne(proposals, (x, y) => Number(y.holder) - Number(x.holder) || y.pair.score - x.pair.score).map((p) => {
    const [e, l] = p.readings;
    const by = p.holder ? 'the same holder' : `similarity ${p.pair.score}`;
    const via = `the later side says the position changed ("${p.cue}"): ${e.stance} then, ${l.stance} now (${e.cues.slice(0, 2).join(', ')} vs ${l.cues.slice(0, 2).join(', ')}; ${by})`;
    return { pair: p.pair, via, stances: { [p.earlier.id]: e.stance as 'supports' | 'opposes', [p.later.id]: l.stance as 'supports' | 'opposes' } };
  });
}

/** Prepositions after which a reversal verb means leaving, not undoing. */
const LEAVING = new Set(['from', 'aus']);

/** Least similarity of a reported decision and its later reversal. */
const MIN_REVERSAL_SIMILARITY = 0.15;
/** Words both sides share beyond names and concepts: one is often an incidental word ("path"). */
const MIN_SHARED_UNDONE = 1;

export function findReversals(
  docs: CompareDocument[],
  lexicon: ConceptGroup[],
  resources: LexicalResources | undefined,
  scoreOf: (a: string, b: string) => ClaimPairScore,
  isTaken: (id: string) => boolean,
  sharedOf: (pair: ClaimPairScore) => string[] = () => [],
): RevisionPair[] {
  const reversalOf = (c: CompareClaim) => {
    const tokens = tokenize(c.text);
    // "withdrew from the airport" leaves a place; "withdrew the plan" undoes a decision.
    const undoing = findCues(tokens, REVERSALS, new Set()).find((m) => !LEAVING.has(tokens[m.tokenIndexes[m.tokenIndexes.length - 1] + 1]?.lower ?? ''));
    return undoing?.surface ?? null;
  };
  const proposals = proposeForLater<Proposal>(docs, (c) => !isTaken(c.id) && !reversalOf(c), (later, earlier) => {
    const cue = isTaken(later.id) ? null : reversalOf(later);
    if (!cue) return null;
    const best = earlier
      .map((c) => ({ c, pair: scoreOf(c.id, later.id) }))
      // What is undone must be named on both sides: shared words beyond names and concepts.
      .filter(({ c, pair }) => pair.score >= MIN_REVERSAL_SIMILARITY && sharedContent([c, later], sharedOf(pair)) >= MIN_SHARED_UNDONE)
      .sort((x, y) => y.pair.score - x.pair.score)[0];
    return best ? { pair: best.pair, earlier: best.c, later, cue } : null;
  });
  return oneToOne(proposals, (x, y) => y.pair.score - x.pair.score).map((p) => {
    // What was decided is the proposition; undoing it speaks against it (unless it was a rejection).
    const before = readEvaluation(p.earlier, lexicon, resources)?.stance === 'opposes' ? 'opposes' : 'supports';
    const after = before === 'supports' ? 'opposes' : 'supports';
    return { pair: p.pair, via: `the later side says it was undone ("${p.cue}"), similarity ${p.pair.score}`, stances: { [p.earlier.id]: before, [p.later.id]: after } };
  });
}
