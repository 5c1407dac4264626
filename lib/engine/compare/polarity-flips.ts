// Polarity flips: two claims of different documents that say the same thing with opposite
// evaluation ("Der Kreistag befürwortet die Fusion" / "lehnt eine Fusion entschieden ab";
// "praised the plan" / "now calls it reckless"). Candidates are retrieval pairs with shared
// senses; each claim's polarity comes from the polarity lexicons and cue lists with negation
// scope (stance.ts, read against no particular concept). Greedy best pair first, one topic per
// claim, so the contradiction gets a row of its own instead of disappearing in a wider topic.
import type { LexicalResources } from '../lexical/resources';
import type { ConceptGroup } from './lexicon';
import { readStance } from './stance';
import { differentActors, sharedSubject } from './stance-flip';
import { mutualBestOf } from './continuations';
import { sameSpeaker } from './aliases';
import { findCues, NOW_MARKERS } from './stance-cues';
import { tokenize } from './tokens';
import type { ClaimPairScore, CompareClaim } from './types';

/** `stances` is set when a side's own reading is mixed and the flip decides its pole. */
export type FlipPair = { pair: ClaimPairScore; via: string; stances?: Record<string, 'supports' | 'opposes'> };

/** Least retrieval similarity of a flip pair, least stance confidence per side, least weight of its strongest cue. */
const MIN_SIMILARITY = 0.2;
const MIN_CONFIDENCE = 0.6;
const MIN_CUE = 0.5;
const MIN_SAME_SIMILARITY = 0.35;


/** A mixed side counts as the pole opposite to a clear other side, in closely worded pairs only. */
const MIN_MIXED_SIMILARITY = 0.3;
/** Each claim's best partner in the other document, and vice versa: weaker wording suffices. */
const MIN_MUTUAL_SIMILARITY = 0.15;
/** One speaker then and now judging one thing: the weakest wording that retrieval proposes. */
const MIN_SPEAKER_SIMILARITY = 0.1;

export type Reading = { stance: 'supports' | 'opposes' | 'mixed'; cues: string[]; strong: { sign: number; word: string }[] };

/** A claim's evaluation read against no particular concept: clear, mixed, or null (none or faint). */
export function readEvaluation(claim: CompareClaim, lexicon: ConceptGroup[], resources?: LexicalResources): Reading | null {
  const { result, cues } = readStance(claim, { label: '', concepts: [] }, lexicon, resources);
  const sign = result.stance === 'supports' ? 1 : -1;
  const strong = cues.filter((c) => Math.abs(c.value) >= MIN_CUE).map((c) => ({ sign: Math.sign(c.value), word: c.surface.toLowerCase() }));
  // One clear evaluative word on the side taken, not a sum of faint ones.
  const hasStrongCue = strong.some((c) => c.sign === sign);
  const clear = (result.stance === 'supports' || result.stance === 'opposes') && result.confidence >= MIN_CONFIDENCE && hasStrongCue;
  const polarCues = result.cues.filter((c) => /^(positive|negative|negation):/.test(c));
  if (clear) return { stance: result.stance as Reading['stance'], cues: polarCues, strong };
  return result.stance === 'mixed' ? { stance: 'mixed', cues: polarCues, strong } : null;
}

/** A claim places its judgement in time ("once backed", "inzwischen", "now calls"). */
export const saysWhen = (c: CompareClaim): boolean => findCues(tokenize(c.text), CHANGE_CUES, new Set()).length > 0;

export function findPolarityFlips(
  pairs: ClaimPairScore[],
  byId: Map<string, CompareClaim>,
  lexicon: ConceptGroup[],
  resources: LexicalResources | undefined,
  isTaken: (id: string) => boolean,
  speakerPairs: ClaimPairScore[] = [],
  /** Whether a pair shares what is said, not only who says it (names, roles, verbs of saying). */
  sharesSubstance: (pair: ClaimPairScore) => boolean = () => true,
): FlipPair[] {
  const polarity = new Map<string, Reading | null>();
  const polarOf = (id: string): Reading | null => {
    if (!polarity.has(id)) polarity.set(id, readEvaluation(byId.get(id)!, lexicon, resources));
    return polarity.get(id)!;
  };
  // Best retrieval partner of each claim, for the mutual-best rule.
  const mutualBest = mutualBestOf(pairs);
  const isMutualBest = (p: ClaimPairScore) => (p.parts.retrieval ?? 0) >= MIN_MUTUAL_SIMILARITY && mutualBest(p);
  const used = new Set<string>();
  const flips: FlipPair[] = [];
  // Pairs proposed for their speaker alone (speaker-evaluations.ts) need no shared wording.
  const keyOf = (p: ClaimPairScore) => `${p.leftId}|${p.rightId}`;
  const ofSpeaker = new Set(speakerPairs.map(keyOf));
  const bySpeaker = (p: ClaimPairScore) =>
    ofSpeaker.has(keyOf(p)) || ((p.parts.retrieval ?? 0) >= MIN_SPEAKER_SIMILARITY && sameSpeaker(byId.get(p.leftId)!, byId.get(p.rightId)!));
  const byScore = (a: ClaimPairScore, b: ClaimPairScore) => b.score - a.score;
  // Worded pairs first: a speaker's unworded turn only takes claims no worded pair explains.
  const candidates = [...pairs.filter((p) => (p.parts.retrieval ?? 0) >= MIN_SIMILARITY || isMutualBest(p) || bySpeaker(p)).sort(byScore), ...[...speakerPairs].sort(byScore)];
  for (const pair of candidates) {
    if ([pair.leftId, pair.rightId].some((id) => used.has(id) || isTaken(id))) continue;
    const [l, r] = [polarOf(pair.leftId), polarOf(pair.rightId)];
    if (!l || !r) continue;
    const similarity = pair.parts.retrieval ?? 0;
    const [a, b] = [byId.get(pair.leftId)!, byId.get(pair.rightId)!];
    const how = readFlip(l, r, similarity, a, b, bySpeaker(pair));
    if (!how) continue;
    // The same judgement twice agrees only about something both name, not about who speaks ("Council leader Robert Haines said …").
    if (how === SAME_EVALUATION && !sharesSubstance(pair)) continue;
    if (differentActors(a, b)) continue;
    // Opposite judgements by different, unnamed holders are often about different things: a flip
    // then needs one holder, a side that says the position changed, or nearly the same wording.
    if (how.startsWith('opposite') && !isAnchored(a, b, similarity)) continue;
    used.add(pair.leftId);
    used.add(pair.rightId);
    const via = `${how} (${l.cues.slice(0, 2).join(', ')} vs ${r.cues.slice(0, 2).join(', ')})`;
    flips.push({ pair, via, ...decidedStances(pair, l, r) });
  }
  return flips;
}

const SAME_EVALUATION = 'the same evaluation';

/** Words by which a claim places its judgement in time: then ("once", "damals") or now ("inzwischen", "now"). */
const CHANGE_CUES = [...NOW_MARKERS, 'once', 'einst', 'damals', 'formerly', 'previously', 'früher', 'ursprünglich', 'originally'];
/** Retrieval similarity at which two opposite judgements need nothing else. */
const MIN_UNANCHORED_SIMILARITY = 0.5;

function isAnchored(a: CompareClaim, b: CompareClaim, similarity: number): boolean {
  if (similarity >= MIN_UNANCHORED_SIMILARITY || sameSpeaker(a, b) || sharedSubject(a, b)) return true;
  return [a, b].some(saysWhen);
}

/** The poles a flip gives a mixed side (opposite its clear partner) and that partner; nothing when neither is mixed. */
function decidedStances(pair: ClaimPairScore, l: Reading, r: Reading): Pick<FlipPair, 'stances'> {
  if (l.stance !== 'mixed' && r.stance !== 'mixed') return {};
  const clear = l.stance === 'mixed' ? r.stance : l.stance;
  const opposite = clear === 'supports' ? 'opposes' : 'supports';
  return { stances: { [pair.leftId]: l.stance === 'mixed' ? opposite : clear, [pair.rightId]: r.stance === 'mixed' ? opposite : clear } as FlipPair['stances'] };
}

/**
 * How two readings relate, or null: opposite clear stances flip; the same clear judgement
 * restated needs closer wording; a mixed side whose strong cue of the opposite pole is not
 * shared with the other claim ("calls his approval a mistake" against "welcomes the plan")
 * reads as that pole when the two are closely worded.
 */
function readFlip(l: Reading, r: Reading, similarity: number, a: CompareClaim, b: CompareClaim, oneSpeaker = false): string | null {
  if (l.stance !== 'mixed' && r.stance !== 'mixed') {
    if (l.stance !== r.stance) return oneSpeaker ? `opposite evaluation by one speaker (${a.speaker})` : 'opposite evaluation';
    return similarity >= MIN_SAME_SIMILARITY ? SAME_EVALUATION : null;
  }
  if (l.stance === 'mixed' && r.stance === 'mixed') return null;
  if (similarity < MIN_MIXED_SIMILARITY && !oneSpeaker) return null;
  const [mixed, clear, other] = l.stance === 'mixed' ? [l, r, b] : [r, l, a];
  const sign = clear.stance === 'supports' ? 1 : -1;
  const otherText = other.text.toLowerCase();
  const opposite = mixed.strong.filter((c) => c.sign === -sign && !otherText.includes(c.word));
  return opposite.length > 0
    ? `opposite evaluation ("${opposite[0].word}" against the other side's ${clear.stance === 'supports' ? 'support' : 'opposition'})`
    : null;
}
