// Negation flips: the same proposition asserted on one side and denied on the other ("Die Bahn
// wird die Bundesstraße entlasten" / "Von einer Entlastung kann keine Rede sein"; "Automation
// will not cost a single job" / "Automation has cost jobs"; "Eine Fusion kommt nicht in Frage" /
// "treibt die Verschmelzung voran"). Each claim's negation count (negators, denials such as
// "ausschließen" or "deny", privatives such as "free of") is read; an odd count denies, an even
// one asserts ("nicht mehr ausschließen" asserts). Two closely worded claims of different
// documents whose counts differ in parity contradict, whatever evaluative words they use.
import { findCues, NEGATORS, NON_NEGATORS, PRIVATIVES } from './stance-cues';
import { mutualBestOf, sharedContent } from './continuations';
import { differentActors } from './stance-flip';
import { sameSpeaker } from './aliases';
import { tokenize } from './tokens';
import type { LexicalResources } from '../lexical/resources';
import { clauseOverlap, contentWords } from '../lexical/similarity';
import type { ClaimPairScore, CompareClaim } from './types';

export type NegationFlip = { pair: ClaimPairScore; via: string; stances: Record<string, 'supports' | 'opposes'> };

const words = (s: string) => s.split(',').map((w) => w.trim()).filter(Boolean);

/**
 * Verbs and phrases that deny what they govern. Grammar, not vocabulary: a small closed list.
 * "nor" is left out of the negators: "neither … nor" denies once.
 */
export const DENIALS = words(`ausschließen, ausgeschlossen, schließt aus, schloss aus, bestreiten, bestreitet, bestritt,
  bestritten, abstreiten, streitet ab, leugnen, leugnet, dementiert, dementieren, verneint, unmöglich, fehlt, fehlen,
  mangelt, deny, denies, denied, denying, rule out, rules out, ruled out, out of the question, impossible, lack, lacks,
  lacking, no point`);
const NEGATION_CUES = [...NEGATORS.filter((w) => w !== 'nor'), ...DENIALS, ...PRIVATIVES];

/** Retrieval similarity a flip needs; each other's best partner needs less. */
const MIN_SIMILARITY = 0.3;
const MIN_MUTUAL_SIMILARITY = 0.2;
/**
 * Without one speaker on both sides, the two clauses must say nearly the same: words matched and
 * the share of the shorter clause's words. Negations in loosely related sentences are common.
 */
const MIN_MATCHED = 2;
const MIN_OVERLAP = 0.6;

export type Negation = { count: number; cues: string[] };

/** Negation operators of a claim ("not only" and "kein Wunder" are not). */
export function readNegation(text: string): Negation {
  const tokens = tokenize(text);
  const taken = new Set<number>();
  findCues(tokens, NON_NEGATORS, taken);
  const cues = findCues(tokens, NEGATION_CUES, taken).map((c) => c.surface);
  return { count: cues.length, cues };
}

/** A claim's clauses: a negation counts in its own clause ("Automation has cost jobs, and there is no point in denying that"). */
function clausesOf(text: string): string[] {
  return text.split(/[,;:!?()\u2013\u2014\u201e\u201c\u201d"]+/).map((c) => c.trim()).filter((c) => c.length > 0);
}

type Clause = { text: string; words: string[] };
type Closest = { a: string; b: string; matched: number; overlap: number };

/** The two clauses, one per claim, that share most of what the claims say: where the proposition is. */
function closestClauses(a: CompareClaim, b: CompareClaim, clausesOfClaim: (c: CompareClaim) => Clause[], res?: LexicalResources): Closest | null {
  let best: Closest | null = null;
  for (const x of clausesOfClaim(a)) {
    for (const y of clausesOfClaim(b)) {
      const overlap = clauseOverlap({ lang: a.lang, words: x.words }, { lang: b.lang, words: y.words }, res);
      const matched = overlap * Math.min(x.words.length, y.words.length);
      if (matched > 0 && (!best || matched > best.matched)) best = { a: x.text, b: y.text, matched, overlap };
    }
  }
  return best;
}

export function findNegationFlips(
  pairs: ClaimPairScore[],
  byId: Map<string, CompareClaim>,
  isTaken: (id: string) => boolean,
  sharedOf: (pair: ClaimPairScore) => string[],
  res?: LexicalResources,
): NegationFlip[] {
  const mutualBest = mutualBestOf(pairs);
  const retrieval = (p: ClaimPairScore) => p.parts.retrieval ?? 0;
  const isMutualBest = (p: ClaimPairScore) => retrieval(p) >= MIN_MUTUAL_SIMILARITY && mutualBest(p);
  // A claim meets several candidates: its clauses and their content words are read once.
  const clauseMemo = new Map<string, Clause[]>();
  const clausesOfClaim = (c: CompareClaim): Clause[] => {
    let clauses = clauseMemo.get(c.id);
    if (!clauses) clauseMemo.set(c.id, (clauses = clausesOf(c.text).map((text) => ({ text, words: contentWords(text, c.lang, res) }))));
    return clauses;
  };
  const used = new Set<string>();
  const out: NegationFlip[] = [];
  const candidates = pairs.filter((p) => retrieval(p) >= MIN_SIMILARITY || isMutualBest(p)).sort((a, b) => retrieval(b) - retrieval(a));
  for (const pair of candidates) {
    if ([pair.leftId, pair.rightId].some((id) => used.has(id) || isTaken(id))) continue;
    const [a, b] = [byId.get(pair.leftId)!, byId.get(pair.rightId)!];
    if ([a, b].some((c) => c.text.trim().endsWith('?'))) continue;
    const clauses = closestClauses(a, b, clausesOfClaim, res);
    if (!clauses) continue;
    const [na, nb] = [readNegation(clauses.a), readNegation(clauses.b)];
    if (na.count % 2 === nb.count % 2) continue;
    const oneSpeaker = sameSpeaker(a, b);
    const attributed = a.speaker && b.speaker;
    if (!oneSpeaker && !(attributed && clauses.matched >= MIN_MATCHED && clauses.overlap >= MIN_OVERLAP)) continue;
    // What both say must be more than who says it; two different named actors hold two propositions.
    if (sharedContent([a, b], sharedOf(pair)) < 1) continue;
    if (differentActors(a, b)) continue;
    used.add(pair.leftId);
    used.add(pair.rightId);
    const [denier, asserter, denial] = na.count % 2 === 1 ? [a, b, na] : [b, a, nb];
    const cues = denial.cues.map((c) => `"${c}"`).join(', ');
    const who = oneSpeaker ? `, both said by ${a.speaker}` : '';
    const via = `one side denies what the other asserts (${cues}${who}; similarity ${retrieval(pair)})`;
    out.push({ pair, via, stances: { [asserter.id]: 'supports', [denier.id]: 'opposes' } });
  }
  return out;
}
