// Readable topic labels: the strongest shared concept plus the key words the claims share.
import { nameKey } from './aliases';
import { idfOf, type CorpusStats } from './corpus';
import { featuresOf } from './features';
import type { ConceptGroup } from './lexicon';
import type { QuantityPairing } from './quantity-topics';
import { conceptWeight } from './similarity';
import type { CompareClaim } from './types';

/** Keys present in claims of at least two documents. */
function acrossDocuments(claims: CompareClaim[], keysOf: (c: CompareClaim) => string[]): string[] {
  const perKey = new Map<string, Set<string>>();
  for (const c of claims) for (const k of keysOf(c)) perKey.set(k, (perKey.get(k) ?? new Set()).add(c.documentId));
  return [...perKey.entries()].filter(([, docs]) => docs.size >= 2).map(([k]) => k);
}

const idf = (corpus: CorpusStats | undefined, k: string) => (corpus ? idfOf(corpus, k) : 1);

/** Shared concepts (polar and rare first), shared entities and shared content words (rarest first). */
function sharedFeatures(claims: CompareClaim[], lexicon: ConceptGroup[], corpus?: CorpusStats) {
  const weightOf = (id: string) => conceptWeight(lexicon.find((g) => g.id === id)) * idf(corpus, `c:${id}`);
  const concepts = acrossDocuments(claims, (c) => [...featuresOf(c, lexicon).concepts.keys()]).sort((a, b) => weightOf(b) - weightOf(a));
  const display = new Map(claims.flatMap((c) => c.entities.map((e) => [nameKey(e.canonical), e.canonical] as const)));
  const entityKeys = acrossDocuments(claims, (c) => [...new Set(c.entities.map((e) => nameKey(e.canonical)))]);
  entityKeys.sort((a, b) => idf(corpus, `e:${b}`) - idf(corpus, `e:${a}`));
  const surfaces = new Map(claims.flatMap((c) => [...featuresOf(c, lexicon).stems].reverse()));
  const stems = acrossDocuments(claims, (c) => [...featuresOf(c, lexicon).stems.keys()]);
  stems.sort((a, b) => idf(corpus, `s:${b}`) - idf(corpus, `s:${a}`));
  return { concepts, entities: entityKeys.map((k) => display.get(k) ?? k), words: stems.map((s) => surfaces.get(s) ?? s) };
}

/**
 * Label of a proposition topic: "<concept>: <rarest shared words>", else the shared words
 * with an entity, else the start of the first claim. Words already in an entity name are skipped.
 */
export function labelProposition(claims: CompareClaim[], lexicon: ConceptGroup[], corpus?: CorpusStats) {
  const { concepts, entities, words } = sharedFeatures(claims, lexicon, corpus);
  const head = concepts[0] ? lexicon.find((g) => g.id === concepts[0])?.label ?? concepts[0] : entities[0];
  const entityWords = new Set(entities.flatMap((e) => e.toLowerCase().split(/\s+/)));
  const terms = words.filter((w) => !entityWords.has(w.toLowerCase())).slice(0, 3);
  const tail = (terms.length > 0 ? terms : entities.slice(0, 1)).filter((t) => t !== head);
  const label = [head, tail.join(', ')].filter(Boolean).join(': ') || claims[0].text.slice(0, 60);
  return { label, concepts };
}

/**
 * Label of a number topic: "NATO: number of troops/military personnel" for counts (the
 * counted concept, else the unit as written), "Impfquote (%)" for percentages, "Baukosten
 * (Euro)" for money.
 */
export function labelQuantity(pairing: QuantityPairing, lexicon: ConceptGroup[]) {
  const { left, right } = pairing;
  const named = (k: typeof left.key) => k.entities.size + k.concepts.size > 0;
  const subject = named(left.key) || !named(right.key) ? left.key.display : right.key.display;
  const unitConcept = left.key.unitKey.startsWith('concept:') ? left.key.unitKey.slice('concept:'.length) : null;
  const unit = left.quantity.unit ?? right.quantity.unit ?? '';
  const concepts = [...new Set([...left.key.concepts, ...right.key.concepts, ...(unitConcept ? [unitConcept] : [])])];
  if (left.key.unitKind !== 'count') {
    const what = left.key.unitKind === 'percent' ? '%' : unit;
    return { label: subject && subject !== unit ? `${subject} (${what})` : what, concepts };
  }
  const what = (unitConcept ? lexicon.find((g) => g.id === unitConcept)?.label : undefined) ?? unit;
  return { label: subject && subject !== unit ? `${subject}: number of ${what}` : `number of ${what}`, concepts };
}
