// Continuations: the later document says that what the earlier one reported still holds
// ("Harbour Road's single lane remains a bottleneck", "still backs public ownership",
// "bleibt die Halle ein wichtiger Treffpunkt", "klagen weiterhin über Lärm"). A claim with such
// a cue and its best retrieval partner in the earlier document agree, whatever words they use.
import { tokenize } from './tokens';
import type { ClaimPairScore, CompareClaim } from './types';
import { CONTINUATION_CUES, CONTINUATION_PHRASES } from '../lexical/function-words';

export type ContinuationPair = { pair: ClaimPairScore; via: string; laterId: string };

/** Least retrieval similarity: the cue says "still", the wording must say "the same thing". */
const MIN_SIMILARITY = 0.15;
/** Shared words beyond names and speakers: two, or one in closely worded pairs. */
const MIN_SHARED = 2;
export const CLOSE_SIMILARITY = 0.3;
/** Each other's best match needs fewer shared words, not less similarity (0.1 was wrong as often as right). */
const MIN_MUTUAL_SIMILARITY = 0.15;

/** Words the two claims share that are not names or speakers (who says it is not what is said). */
export function sharedContent(claims: CompareClaim[], shared: string[]): number {
  const names = new Set(claims.flatMap((c) => [...c.entities.map((e) => e.canonical), c.speaker ?? '']).flatMap((n) => tokenize(n).map((t) => t.lower)));
  return shared.filter((w) => !w.startsWith('c:') && !w.startsWith('#') && tokenize(w).some((t) => !names.has(t.lower))).length;
}

const isCueWord = (word: string) => tokenize(word).every((t) => CONTINUATION_CUES.has(t.lower) || CONTINUATION_PHRASES.some((p) => p.split(' ').includes(t.lower)));

/** The continuation cue of a claim ("remains", "nach wie vor"), or null. */
export function continuationCue(text: string): string | null {
  const lower = text.toLowerCase();
  const phrase = CONTINUATION_PHRASES.find((p) => lower.includes(p));
  if (phrase) return phrase;
  return tokenize(text).find((t) => CONTINUATION_CUES.has(t.lower))?.surface ?? null;
}

/** Each claim's best retrieval score over the pairs: whether a pair is a claim's best match. */
export function bestRetrievalByClaim(pairs: ClaimPairScore[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const p of pairs) for (const id of [p.leftId, p.rightId]) best.set(id, Math.max(best.get(id) ?? 0, p.parts.retrieval ?? 0));
  return best;
}

/** Whether a pair is the best retrieval match of both its claims (a pair without retrieval never is). */
export function mutualBestOf(pairs: ClaimPairScore[]): (p: ClaimPairScore) => boolean {
  const best = bestRetrievalByClaim(pairs);
  return (p) => p.parts.retrieval !== undefined && [p.leftId, p.rightId].every((id) => best.get(id) === p.parts.retrieval);
}

export function findContinuations(
  pairs: ClaimPairScore[],
  byId: Map<string, CompareClaim>,
  isTaken: (id: string) => boolean,
  sharedOf: (pair: ClaimPairScore) => string[] = () => [],
  /** Closely worded pairs only (retrieval ≥ 0.3) sharing two content words: for claims another topic already reads. */
  strict = false,
): ContinuationPair[] {
  const bestOf = bestRetrievalByClaim(pairs);
  const cues = new Map<string, string | null>();
  const cueOf = (c: CompareClaim) => (cues.has(c.id) ? cues.get(c.id)! : cues.set(c.id, continuationCue(c.text)).get(c.id)!);
  const used = new Set<string>();
  const out: ContinuationPair[] = [];
  const isMutualBest = mutualBestOf(pairs);
  const candidates = pairs
    .filter((p) => (p.parts.retrieval ?? 0) >= MIN_SIMILARITY || ((p.parts.retrieval ?? 0) >= MIN_MUTUAL_SIMILARITY && isMutualBest(p)))
    .sort((a, b) => (b.parts.retrieval ?? 0) - (a.parts.retrieval ?? 0));
  for (const pair of candidates) {
    if ([pair.leftId, pair.rightId].some((id) => used.has(id) || isTaken(id))) continue;
    const [a, b] = [byId.get(pair.leftId)!, byId.get(pair.rightId)!];
    // The cue belongs to the later document; undated documents keep their order.
    const later = (a.published ?? '') <= (b.published ?? '') ? b : a;
    const cue = cueOf(later);
    // The later claim's best match in the earlier document is what it says still holds.
    if (!cue || bestOf.get(later.id) !== pair.parts.retrieval) continue;
    // The cue itself ("bleibt" on both sides) says nothing about what holds.
    const content = sharedContent([a, b], sharedOf(pair).filter((w) => !isCueWord(w)));
    // Each other's best match sharing one content word is as close as a wider match sharing two.
    const close = (pair.parts.retrieval ?? 0) >= CLOSE_SIMILARITY || isMutualBest(pair);
    if (content < MIN_SHARED && !(content >= 1 && close)) continue;
    if (strict && (content < MIN_SHARED || (pair.parts.retrieval ?? 0) < CLOSE_SIMILARITY)) continue;
    used.add(pair.leftId);
    used.add(pair.rightId);
    out.push({ pair, laterId: later.id, via: `the later side says it still holds ("${cue}"), similarity ${pair.parts.retrieval}` });
  }
  return out;
}
