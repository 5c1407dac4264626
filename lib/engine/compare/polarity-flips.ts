// Polarity flips: two claims of different documents that say the same thing with opposite
// evaluation ("Der Kreistag befürwortet die Fusion" / "lehnt eine Fusion entschieden ab";
// "praised the plan" / "now calls it reckless"). Candidates are retrieval pairs with shared
// senses; each claim's polarity comes from the polarity lexicons and cue lists with negation
// scope (stance.ts, read against no particular concept). Greedy best pair first, one topic per
// claim, so the contradiction gets a row of its own instead of disappearing in a wider topic.
import type { LexicalResources } from '../lexical/resources';
import type { ConceptGroup } from './lexicon';
import { readStance } from './stance';
import { sharedSubject } from './stance-flip';
import type { ClaimPairScore, CompareClaim } from './types';

export type FlipPair = { pair: ClaimPairScore; via: string };

/** Least retrieval similarity of a flip pair, least stance confidence per side, least weight of its strongest cue. */
const MIN_SIMILARITY = 0.2;
const MIN_CONFIDENCE = 0.6;
const MIN_CUE = 0.5;
const MIN_SAME_SIMILARITY = 0.35;

const hasActor = (c: CompareClaim) => c.entities.some((e) => e.type !== 'place');

export function findPolarityFlips(
  pairs: ClaimPairScore[],
  byId: Map<string, CompareClaim>,
  lexicon: ConceptGroup[],
  resources: LexicalResources | undefined,
  isTaken: (id: string) => boolean,
): FlipPair[] {
  const polarity = new Map<string, { stance: string; cues: string[] } | null>();
  const polarOf = (id: string) => {
    if (!polarity.has(id)) {
      const { result, cues } = readStance(byId.get(id)!, { label: '', concepts: [] }, lexicon, resources);
      const sign = result.stance === 'supports' ? 1 : -1;
      // One clear evaluative word on the side taken, not a sum of faint ones.
      const hasStrongCue = cues.some((c) => Math.sign(c.value) === sign && Math.abs(c.value) >= MIN_CUE);
      const clear = (result.stance === 'supports' || result.stance === 'opposes') && result.confidence >= MIN_CONFIDENCE && hasStrongCue;
      polarity.set(id, clear ? { stance: result.stance, cues: result.cues.filter((c) => /^(positive|negative|negation):/.test(c)) } : null);
    }
    return polarity.get(id)!;
  };
  const used = new Set<string>();
  const flips: FlipPair[] = [];
  const candidates = pairs.filter((p) => (p.parts.retrieval ?? 0) >= MIN_SIMILARITY).sort((a, b) => b.score - a.score);
  for (const pair of candidates) {
    if ([pair.leftId, pair.rightId].some((id) => used.has(id) || isTaken(id))) continue;
    const [l, r] = [polarOf(pair.leftId), polarOf(pair.rightId)];
    // The same clear judgement restated ("verlässlicher Partner" / "zuverlässiger Partner") needs closer wording than a flip.
    const isSame = l?.stance === r?.stance;
    if (!l || !r || (isSame && (pair.parts.retrieval ?? 0) < MIN_SAME_SIMILARITY)) continue;
    // Two named actors with nothing in common are two propositions ("the Legion is unwelcome" / "the observers are praised").
    const [a, b] = [byId.get(pair.leftId)!, byId.get(pair.rightId)!];
    if (hasActor(a) && hasActor(b) && !sharedSubject(a, b)) continue;
    used.add(pair.leftId);
    used.add(pair.rightId);
    const how = isSame ? 'the same evaluation' : 'opposite evaluation';
    flips.push({ pair, via: `${how} (${l.cues.slice(0, 2).join(', ')} vs ${r.cues.slice(0, 2).join(', ')})` });
  }
  return flips;
}
