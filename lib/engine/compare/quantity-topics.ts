// Number topics: a pass of its own that pairs quantities across documents before any
// proposition clustering. "How many US troops?" is one question whether or not the two
// sentences around the numbers look alike, and a sentence that gives two numbers ("5,000 US
// troops … 500 NATO troops") belongs to two number topics.
import { matchEntities } from './aliases';
import type { ConceptGroup } from './lexicon';
import { readQuantity, subjectMatch, valueDistance, type QuantityKey } from './quantity-change';
import type { CompareClaim, CompareDocument } from './types';
import type { Quantity } from '../types';

export type QuantityEnd = { claim: CompareClaim; quantity: Quantity; key: QuantityKey };

export type QuantityPairing = {
  left: QuantityEnd;
  right: QuantityEnd;
  /** 2 = the subject is named on both sides, 1 = inferred from a claim. */
  strength: 1 | 2;
};

function endsOf(doc: CompareDocument, lexicon: ConceptGroup[]): QuantityEnd[] {
  return doc.claims.flatMap((claim) =>
    claim.quantities
      .filter((q) => q.unit || q.subject)
      .map((quantity) => ({ claim, quantity, key: readQuantity(quantity, claim, lexicon) })),
  );
}

const isNamed = (k: QuantityKey): boolean => k.entities.size + k.concepts.size > 0;

/**
 * Strength of a pairing, with a stricter bar than row-level change detection: a match the
 * claims only infer (strength 1) needs a named subject on one side, or both claims naming a
 * common entity. Two unnamed "sechs Monate" in unrelated sentences are not one question.
 */
function pairStrength(a: QuantityEnd, b: QuantityEnd, lexicon: ConceptGroup[]): 0 | 1 | 2 {
  const strength = subjectMatch(a.key, a.claim, b.key, b.claim, lexicon);
  if (strength !== 1) return strength;
  if (isNamed(a.key) || isNamed(b.key)) return 1;
  return matchEntities(a.claim.entities, b.claim.entities).length > 0 ? 1 : 0;
}

type Ranked = { end: QuantityEnd; strength: 1 | 2; distance: number };

function bestPartner(from: QuantityEnd, others: QuantityEnd[], lexicon: ConceptGroup[], flip: boolean): Ranked | null {
  let best: Ranked | null = null;
  for (const end of others) {
    const strength = flip ? pairStrength(end, from, lexicon) : pairStrength(from, end, lexicon);
    if (strength === 0) continue;
    const distance = valueDistance(from.key, end.key);
    if (!best || strength > best.strength || (strength === best.strength && distance < best.distance)) {
      best = { end, strength, distance };
    }
  }
  return best;
}

/**
 * Quantity pairings between two documents (left earlier): each left quantity's best right
 * quantity (strongest subject match, then closest value), kept only when that choice is
 * mutual, so one number is never claimed by two topics.
 */
export function pairQuantities(left: CompareDocument, right: CompareDocument, lexicon: ConceptGroup[]): QuantityPairing[] {
  const lefts = endsOf(left, lexicon);
  const rights = endsOf(right, lexicon);
  const pairings: QuantityPairing[] = [];
  for (const l of lefts) {
    const best = bestPartner(l, rights, lexicon, false);
    if (!best) continue;
    const back = bestPartner(best.end, lefts, lexicon, true);
    if (back?.end !== l) continue;
    pairings.push({ left: l, right: best.end, strength: best.strength });
  }
  return pairings;
}

/** Pairings of every document pair, the earlier document on the left. */
export function pairQuantitiesAcross(docs: CompareDocument[], lexicon: ConceptGroup[]): QuantityPairing[] {
  const ordered = [...docs].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const pairings: QuantityPairing[] = [];
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) pairings.push(...pairQuantities(ordered[i], ordered[j], lexicon));
  }
  return pairings;
}
