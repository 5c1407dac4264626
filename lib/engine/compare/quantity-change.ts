// Counted subjects of quantities (entities, concepts, stems) for pair scoring and for keeping
// differently named actors apart ("US troops" / "NATO troops"); number changes themselves come
// from measured-thing alignment (number-alignment.ts).
import { ObjectMemo } from '../memo';
import type { Quantity } from '../types';
import { aliasKeyOf, nameKey } from './aliases';
import { matchConceptTokens } from './concepts';
import { DEFAULT_LEXICON, type ConceptGroup } from './lexicon';
import { stemsSimilar, tokenize } from './tokens';
import type { CompareClaim, UnitKind } from './types';

export type QuantityKey = {
  unitKind: UnitKind;
  /** "percent", "currency:eur", "concept:troops", "stem:arbeitsplatz" or "none". */
  unitKey: string;
  /** Named entities in subject/unit (alias keys: "nato", "us"). */
  entities: Set<string>;
  /** Concept ids in subject/unit other than the unit's own concept ("vaccination"). */
  concepts: Set<string>;
  /** Remaining content stems of the subject. */
  stems: Set<string>;
  /** Display form: "NATO", "Impfquote". */
  display: string;
  /** Value scaled by "Mio."/"million" in the unit when the extractor left it unscaled. */
  value: number;
};

const PERCENT = /^(%|prozent|percent|per cent|prozentpunkte?|percentage points?|pp)$/i;
const CURRENCIES: [RegExp, string][] = [
  [/^(€|eur|euro|euros)$/i, 'eur'],
  [/^(\$|usd|dollar|dollars|us-dollar)$/i, 'usd'],
  [/^(£|gbp|pfund|pound|pounds)$/i, 'gbp'],
  [/^(chf|franken|francs?)$/i, 'chf'],
];
const SCALES: [RegExp, number][] = [
  [/^(mrd|milliarden?|billions?|bn)\.?$/i, 1e9],
  [/^(mio|millionen|million|millions|mn|m)\.?$/i, 1e6],
  [/^(tsd|tausend|thousand|k)\.?$/i, 1e3],
];

type UnitInfo = { unitKind: UnitKind; unitKey: string; unitConcept: string | null; scale: number; head: string | null };

const UNIT_MEMO = new ObjectMemo<UnitInfo>();
const QUANTITY_MEMO = new ObjectMemo<QuantityKey>();

function readUnit(unit: string | null, lexicon: ConceptGroup[]): UnitInfo {
  return UNIT_MEMO.get([lexicon], unit ?? '', () => readUnitUncached(unit, lexicon));
}

function readUnitUncached(unit: string | null, lexicon: ConceptGroup[]): UnitInfo {
  const words = (unit ?? '').split(/\s+/).filter(Boolean);
  const scale = words.reduce((s, w) => SCALES.find(([re]) => re.test(w))?.[1] ?? s, 1);
  const rest = words.filter((w) => !SCALES.some(([re]) => re.test(w))).join(' ');
  if (PERCENT.test(rest)) return { unitKind: 'percent', unitKey: 'percent', unitConcept: null, scale, head: null };
  const currency = CURRENCIES.find(([re]) => re.test(rest));
  if (currency) return { unitKind: 'currency', unitKey: `currency:${currency[1]}`, unitConcept: null, scale, head: null };
  const tokens = tokenize(rest).filter((t) => !t.isStopword);
  const head = tokens.at(-1) ?? null;
  if (!head) return { unitKind: 'count', unitKey: 'none', unitConcept: null, scale, head: null };
  const headHit = matchConceptTokens([head], lexicon)[0];
  const unitConcept = headHit?.groupId ?? null;
  const unitKey = unitConcept ? `concept:${unitConcept}` : `stem:${head.stem}`;
  return { unitKind: 'count', unitKey, unitConcept, scale, head: head.stem };
}

/** Normalised unit and subject of a quantity; the claim's entities resolve names. */
export function readQuantity(q: Quantity, claim: CompareClaim, lexicon: ConceptGroup[] = DEFAULT_LEXICON): QuantityKey {
  return QUANTITY_MEMO.get([claim, q, lexicon], '', () => readQuantityUncached(q, claim, lexicon));
}

function readQuantityUncached(q: Quantity, claim: CompareClaim, lexicon: ConceptGroup[]): QuantityKey {
  const unit = readUnit(q.unit, lexicon);
  const claimNames = new Map(claim.entities.map((e) => [nameKey(e.canonical), e.canonical]));
  const tokens = tokenize([q.subject ?? '', q.unit ?? ''].join(' ')).filter((t) => !t.isStopword && !/^\d/.test(t.lower));
  const hits = matchConceptTokens(tokens, lexicon);
  const entities = new Set<string>();
  const concepts = new Set<string>();
  const stems = new Set<string>();
  let display = '';
  for (const token of tokens) {
    if (isUnitWord(token.lower)) continue;
    const key = aliasKeyOf(token.surface) ?? (claimNames.has(nameKey(token.surface)) ? nameKey(token.surface) : null);
    const tokenConcepts = hits.filter((h) => h.tokenIndexes.includes(token.index)).map((h) => h.groupId);
    if (key) {
      entities.add(key);
      display ||= token.surface;
    } else if (tokenConcepts.some((c) => c !== unit.unitConcept)) {
      tokenConcepts.filter((c) => c !== unit.unitConcept).forEach((c) => concepts.add(c));
      display ||= token.surface;
    } else if (token.stem !== unit.head && !tokenConcepts.includes(unit.unitConcept ?? '')) {
      stems.add(token.stem);
    }
  }
  const value = unit.scale > 1 && Math.abs(q.value) < unit.scale ? q.value * unit.scale : q.value;
  display ||= q.subject ?? q.unit ?? '';
  return { unitKind: unit.unitKind, unitKey: unit.unitKey, entities, concepts, stems, display, value };
}

function isUnitWord(word: string): boolean {
  return SCALES.some(([re]) => re.test(word)) || PERCENT.test(word) || CURRENCIES.some(([re]) => re.test(word));
}

const intersects = <T>(a: Set<T>, b: Set<T>): boolean => [...a].some((x) => b.has(x));

function claimConcepts(claim: CompareClaim, lexicon: ConceptGroup[]): Set<string> {
  return new Set(matchConceptTokens(tokenize(claim.text), lexicon).map((h) => h.groupId));
}

/**
 * How well two quantities share a counted subject: 2 = named on both sides and equal,
 * 1 = inferred from the claims (a side names no subject), 0 = different or incomparable.
 */
export function subjectMatch(
  a: QuantityKey,
  aClaim: CompareClaim,
  b: QuantityKey,
  bClaim: CompareClaim,
  lexicon: ConceptGroup[] = DEFAULT_LEXICON,
): 0 | 1 | 2 {
  if (a.unitKey !== b.unitKey || a.unitKind !== b.unitKind) return 0;
  const aNamed = a.entities.size + a.concepts.size > 0;
  const bNamed = b.entities.size + b.concepts.size > 0;
  if (a.entities.size && b.entities.size && !intersects(a.entities, b.entities)) return 0;
  if (a.concepts.size && b.concepts.size && !intersects(a.concepts, b.concepts)) return 0;
  if (aNamed && bNamed) return intersects(a.entities, b.entities) || intersects(a.concepts, b.concepts) ? 2 : 0;
  const names = (c: CompareClaim) => new Set(c.entities.map((e) => nameKey(e.canonical)));
  if (aNamed || bNamed) {
    const [named, other] = aNamed ? [a, bClaim] : [b, aClaim];
    if (named.entities.size) return intersects(named.entities, names(other)) ? 1 : 0;
    return intersects(named.concepts, claimConcepts(other, lexicon)) ? 1 : 0;
  }
  if (a.stems.size && b.stems.size) {
    return [...a.stems].some((s) => [...b.stems].some((t) => stemsSimilar(s, t))) ? 2 : 0;
  }
  if (a.unitKey === 'none') return 0;
  const [an, bn] = [names(aClaim), names(bClaim)];
  return an.size === 0 || bn.size === 0 || intersects(an, bn) ? 1 : 0;
}

/** Strongest subject match between any quantity of one claim and any of the other (0–2). */
export function quantityMatchOf(left: CompareClaim, right: CompareClaim, lexicon: ConceptGroup[] = DEFAULT_LEXICON) {
  let best: { strength: 0 | 1 | 2; left: Quantity; right: Quantity } | null = null;
  for (const lq of left.quantities.filter((q) => q.unit || q.subject)) {
    const lk = readQuantity(lq, left, lexicon);
    for (const rq of right.quantities.filter((q) => q.unit || q.subject)) {
      const strength = subjectMatch(lk, left, readQuantity(rq, right, lexicon), right, lexicon);
      if (strength > (best?.strength ?? 0)) best = { strength, left: lq, right: rq };
    }
  }
  return best;
}
