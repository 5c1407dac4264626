// Number changes between two sets of claims: same counted subject, same kind of unit,
// different value ("etwa 500 → etwa 600 NATO-Truppen").
import type { Quantity } from '../types';
import { aliasKeyOf, nameKey } from './aliases';
import { matchConceptTokens } from './concepts';
import { DEFAULT_LEXICON, type ConceptGroup } from './lexicon';
import { stemsSimilar, tokenize } from './tokens';
import type { CompareClaim, NumberChange, UnitKind } from './types';

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

function readUnit(unit: string | null, lexicon: ConceptGroup[]): UnitInfo {
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

const round1 = (x: number): number => Math.round(x * 10) / 10;

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

/**
 * How far apart two values are on a log scale (0 = equal). Among equally good subject
 * matches the closest value is the likelier counterpart: "etwa 500" is followed by "etwa 600"
 * rather than by "darunter 150" in the same sentence.
 */
export function valueDistance(a: QuantityKey, b: QuantityKey): number {
  if (a.value === b.value) return 0;
  if (a.value <= 0 || b.value <= 0) return Math.abs(a.value - b.value);
  return Math.abs(Math.log(a.value / b.value));
}

type Candidate = { rc: CompareClaim; rq: Quantity; rk: QuantityKey; strength: number };

function toChange(lc: CompareClaim, lq: Quantity, lk: QuantityKey, best: Candidate): NumberChange {
  const delta = best.rk.value - lk.value;
  const isNamed = (k: QuantityKey) => k.entities.size + k.concepts.size > 0;
  return {
    subject: isNamed(lk) || !isNamed(best.rk) ? lk.display : best.rk.display,
    unit: lq.unit ?? best.rq.unit ?? '',
    unitKind: lk.unitKind,
    from: { value: lk.value, qualifier: lq.qualifier, text: lq.text, claimId: lc.id },
    to: { value: best.rk.value, qualifier: best.rq.qualifier, text: best.rq.text, claimId: best.rc.id },
    delta: Math.round(delta * 1e6) / 1e6,
    percent: lk.value === 0 ? null : round1((delta / Math.abs(lk.value)) * 100),
  };
}

/**
 * Pairs each left quantity with the right quantity of the same subject and unit kind (the
 * strongest subject match wins). A left quantity whose subject keeps its value is stable;
 * percentages never pair with counts or currencies; quantities with neither unit nor subject
 * are skipped. Changes are sorted by |percent| (largest first).
 */
export function findNumberChanges(
  leftClaims: CompareClaim[],
  rightClaims: CompareClaim[],
  lexicon: ConceptGroup[] = DEFAULT_LEXICON,
): NumberChange[] {
  const rights = rightClaims.flatMap((rc) =>
    rc.quantities.filter((q) => q.unit || q.subject).map((rq) => ({ rc, rq, rk: readQuantity(rq, rc, lexicon) })),
  );
  const changes = new Map<string, NumberChange>();
  for (const lc of leftClaims) {
    for (const lq of lc.quantities.filter((q) => q.unit || q.subject)) {
      const lk = readQuantity(lq, lc, lexicon);
      const candidates: Candidate[] = rights
        .map((r) => ({ ...r, strength: subjectMatch(lk, lc, r.rk, r.rc, lexicon) }))
        .filter((c) => c.strength > 0);
      const strongest = Math.max(0, ...candidates.map((c) => c.strength));
      const best = candidates.filter((c) => c.strength === strongest).sort((a, b) => valueDistance(lk, a.rk) - valueDistance(lk, b.rk));
      if (best.length === 0 || best.some((c) => c.rk.value === lk.value)) continue;
      const change = toChange(lc, lq, lk, best[0]);
      changes.set(`${lk.unitKey}|${change.subject}|${change.from.value}|${change.to.value}`, change);
    }
  }
  return [...changes.values()].sort((a, b) => Math.abs(b.percent ?? 0) - Math.abs(a.percent ?? 0));
}
