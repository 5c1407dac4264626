// One speaker's judgements then and now: "welcomed the plant as a model" (2019) and "Die Anlage
// ist eine Belastung", sagte sie (2022). Retrieval ranks a claim's partners by shared words, and
// two judgements of one thing often share none, so a speaker's turn is missed. This proposes,
// for each speaker quoted in both documents, their clearly evaluative claims of opposite pole
// as pairs for the polarity-flip pass: bucketed by speaker, so large documents never meet every
// claim pair. Each claim gets at most one partner: the best-scoring one, and only when it is
// that partner's best too.
import { sameSpeaker, speakerKey } from './aliases';
import { saysWhen, type Reading } from './polarity-flips';
import { foldWord, tokenize } from './tokens';
import { contentWords, isContextKey, sensesOf } from '../lexical/similarity';
import type { LexicalResources } from '../lexical/resources';
import type { ClaimPairScore, CompareClaim, CompareDocument } from './types';

/** A speaker's opposite judgements count when the speaker has few of them: one side's claims at most. */
const MAX_PER_SPEAKER = 3;

export function speakerEvaluationPairs(
  docs: CompareDocument[],
  polarOf: (claim: CompareClaim) => Reading | null,
  scoreOf: (a: CompareClaim, b: CompareClaim) => ClaimPairScore,
  res?: LexicalResources,
): ClaimPairScore[] {
  const clear = (c: CompareClaim) => {
    const r = polarOf(c);
    return r && r.stance !== 'mixed' ? r.stance : null;
  };
  // Speakers first, evaluations after: only claims of a speaker quoted in two documents are read.
  const speakersOf = docs.map((d) => {
    const map = new Map<string, CompareClaim[]>();
    for (const c of d.claims) {
      const key = speakerKey(c);
      if (key) map.set(key, [...(map.get(key) ?? []), c]);
    }
    return map;
  });
  const inTwo = new Set([...new Set(speakersOf.flatMap((m) => [...m.keys()]))].filter((k) => speakersOf.filter((m) => m.has(k)).length >= 2));
  const bySpeaker = speakersOf.map((m) => new Map([...m].filter(([k]) => inTwo.has(k)).map(([k, cs]) => [k, cs.filter((c) => clear(c))] as const)));
  const out: ClaimPairScore[] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      for (const [key, lefts] of bySpeaker[i]) {
        const rights = bySpeaker[j].get(key) ?? [];
        // A speaker with many judgements on each side speaks about many things: no guess.
        if (rights.length === 0 || lefts.length > MAX_PER_SPEAKER || rights.length > MAX_PER_SPEAKER) continue;
        // A turn is about one thing: a side says when ("once", "inzwischen") or both name a common noun.
        const isTurn = (l: CompareClaim, r: CompareClaim) => sameSpeaker(l, r) && clear(l) !== clear(r) && (saysWhen(l) || saysWhen(r) || sharesNoun(l, r, res));
        const pairs = lefts.flatMap((l) => rights.filter((r) => isTurn(l, r)).map((r) => scoreOf(l, r)));
        out.push(...mutualBest(pairs));
      }
    }
  }
  return out;
}

function mutualBest(pairs: ClaimPairScore[]): ClaimPairScore[] {
  const best = new Map<string, number>();
  for (const p of pairs) for (const id of [p.leftId, p.rightId]) best.set(id, Math.max(best.get(id) ?? -Infinity, p.score));
  return pairs.filter((p) => best.get(p.leftId) === p.score && best.get(p.rightId) === p.score);
}

/** Sense keys of a claim's common nouns (German capitals, English nouns), names left out. */
function nounKeys(c: CompareClaim, res?: LexicalResources): Set<string> {
  const names = new Set([c.speaker ?? '', ...c.entities.map((e) => e.canonical)].flatMap((n) => tokenize(n).map((t) => t.lower)));
  const isNoun = (w: string) => (c.lang === 'de' ? /^\p{Lu}/u.test(w) : (res?.isNoun('en', w.toLowerCase()) ?? false));
  const words = contentWords(c.text, c.lang, res).filter((w) => isNoun(w) && !names.has(foldWord(w)));
  return new Set(words.flatMap((w) => sensesOf(c.lang, w, res).filter(isContextKey).map((k) => k.key)));
}

function sharesNoun(a: CompareClaim, b: CompareClaim, res?: LexicalResources): boolean {
  const keys = nounKeys(a, res);
  return [...nounKeys(b, res)].some((k) => keys.has(k));
}
