// Number topics and number changes from quantity alignment (lexical/align-quantities.ts):
// what each number measures decides the pairing, not a named entity or a lexicon concept.
import type { Quantity } from '../types';
import { alignQuantities, type AlignExtras, type QuantityAlignment } from '../lexical/align-quantities';
import type { LexicalResources } from '../lexical/resources';
import { DEFAULT_LEXICON, type ConceptGroup } from './lexicon';
import { readQuantity } from './quantity-change';
import { matchConceptTokens } from './concepts';
import { tokenize } from './tokens';
import type { CompareClaim, CompareDocument, NumberChange } from './types';

export type AlignOptions = { resources?: LexicalResources; lexicon?: ConceptGroup[] } & AlignExtras;

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Named actors in the quantity's own words ("US troops" vs "NATO troops") must not contradict. */
function entitiesAgree(a: { claim: CompareClaim; quantity: Quantity }, b: { claim: CompareClaim; quantity: Quantity }, lexicon: ConceptGroup[]) {
  const ea = readQuantity(a.quantity, a.claim, lexicon).entities;
  const eb = readQuantity(b.quantity, b.claim, lexicon).entities;
  return ea.size === 0 || eb.size === 0 || [...ea].some((e) => eb.has(e));
}

const conceptCache = new WeakMap<ConceptGroup[], Map<string, string[]>>();
/** Concept-lexicon groups a single word belongs to (memoised per lexicon). */
function conceptsOfWord(lexicon: ConceptGroup[]) {
  const cache = conceptCache.get(lexicon) ?? new Map<string, string[]>();
  conceptCache.set(lexicon, cache);
  return (word: string) => {
    let ids = cache.get(word);
    if (!ids) cache.set(word, (ids = matchConceptTokens(tokenize(word), lexicon).map((h) => h.groupId)));
    return ids;
  };
}

/** One-to-one quantity alignments between two sets of claims (left earlier). */
export function alignNumbers(left: CompareClaim[], right: CompareClaim[], opts: AlignOptions = {}): QuantityAlignment[] {
  const lexicon = opts.lexicon ?? DEFAULT_LEXICON;
  const extras = { contextOf: opts.contextOf, trusted: opts.trusted };
  return alignQuantities(left, right, opts.resources, conceptsOfWord(lexicon), extras).filter((a) => entitiesAgree(a.left, a.right, lexicon));
}

/** Alignments of every document pair, the earlier document on the left. */
export function alignNumbersAcross(docs: CompareDocument[], opts: AlignOptions = {}): QuantityAlignment[] {
  const ordered = [...docs].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const out: QuantityAlignment[] = [];
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) out.push(...alignNumbers(ordered[i].claims, ordered[j].claims, opts));
  }
  return out;
}

/** Display name of what an alignment measures: the earlier side's head, else the later's. */
export function thingOf(a: QuantityAlignment): string {
  return a.left.thing.head ?? a.right.thing.head ?? a.left.quantity.unit ?? a.right.quantity.unit ?? 'number';
}

/** A number change (or, with equal values, an unchanged number both sides agree on). */
export function toNumberChange(a: QuantityAlignment): NumberChange {
  const from = a.left.quantity;
  const to = a.right.quantity;
  const delta = to.value - from.value;
  return {
    subject: thingOf(a),
    unit: from.unit ?? to.unit ?? '',
    unitKind: a.left.thing.unit.kind,
    from: { value: from.value, qualifier: from.qualifier, text: from.text, claimId: a.left.claim.id },
    to: { value: to.value, qualifier: to.qualifier, text: to.text, claimId: a.right.claim.id },
    delta: Math.round(delta * 1e6) / 1e6,
    percent: from.value === 0 ? null : round1((delta / Math.abs(from.value)) * 100),
  };
}

/** Readable label of a number topic: "Busse", "Defizit (Euro)", "Haushalte (%)". */
export function labelNumberTopic(a: QuantityAlignment): string {
  const thing = thingOf(a);
  const unit = a.left.thing.unit;
  if (unit.kind === 'percent') return `${thing} (%)`;
  if (unit.kind === 'currency' || unit.kind === 'measure') return `${thing} (${a.left.quantity.unit ?? a.right.quantity.unit})`;
  return thing;
}

/** Changes between the claims of one topic, real changes first, largest first. */
export function numberChangesBetween(left: CompareClaim[], right: CompareClaim[], opts: AlignOptions = {}): NumberChange[] {
  return alignNumbers(left, right, opts)
    .map(toNumberChange)
    .sort((x, y) => Number(x.delta === 0) - Number(y.delta === 0) || Math.abs(y.percent ?? 0) - Math.abs(x.percent ?? 0));
}
