// Readable topic labels: the strongest shared concept plus the key words the claims share.
import { nameKey } from './aliases';
import { idfOf, type CorpusStats } from './corpus';
import { featuresOf } from './features';
import type { ConceptGroup } from './lexicon';
import { conceptWeight } from './similarity';
import type { CompareClaim } from './types';
import { tokenize } from './tokens';

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

/** Longest a key phrase may span, in tokens, and in characters as a label. */
const PHRASE_TOKENS = 8;
const PHRASE_CHARS = 70;

/**
 * The key phrase of a topic as written in its earliest claim: the shortest stretch of at most
 * eight tokens that holds the most words the claims share across documents (at least two),
 * e.g. "Einladung der irakischen Regierung". Null when no claim has such a stretch.
 */
export function keyPhrase(claims: CompareClaim[], sharedStems: Set<string>, nameWords: Set<string> = new Set()): string | null {
  type Best = { count: number; length: number; text: string };
  for (const claim of claims) {
    const marked = tokenize(claim.text).filter((t) => !t.isStopword && sharedStems.has(t.stem));
    let best: Best | null = null;
    for (let i = 0; i < marked.length; i++) {
      for (let j = i + 1; j < marked.length && marked[j].index - marked[i].index < PHRASE_TOKENS; j++) {
        const words = marked.slice(i, j + 1);
        // A proposition says something about its names: a stretch of names alone is no phrase.
        if (words.every((t) => nameWords.has(t.lower))) continue;
        const count = new Set(words.map((t) => t.stem)).size;
        const text = claim.text.slice(marked[i].start, marked[j].start + marked[j].surface.length);
        const length = marked[j].index - marked[i].index;
        const isBetter = !best || count > best.count || (count === best.count && length < best.length);
        if (count >= 2 && text.length <= PHRASE_CHARS && !/\d/.test(text) && isBetter) best = { count, length, text };
      }
    }
    if (best) return best.text;
  }
  return null;
}

/**
 * Label of a proposition topic: its key phrase as written ("Einladung der irakischen
 * Regierung"); else "<concept>: <rarest shared words>", else the shared words with an entity,
 * else the start of the first claim. Words already in an entity name are skipped.
 */
export function labelProposition(claims: CompareClaim[], lexicon: ConceptGroup[], corpus?: CorpusStats) {
  const { concepts, entities, words } = sharedFeatures(claims, lexicon, corpus);
  const shared = new Set(acrossDocuments(claims, (c) => [...featuresOf(c, lexicon).stems.keys()]));
  const byDate = [...claims].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
  const nameWords = new Set(claims.flatMap((c) => c.entities.flatMap((e) => tokenize(e.canonical).map((t) => t.lower))));
  const phrase = keyPhrase(byDate, shared, nameWords);
  // A polar concept (welcome/acceptance) is the question the stances answer: it leads the label.
  const polar = concepts.map((id) => lexicon.find((g) => g.id === id)).find((g) => g?.opposites);
  if (phrase) return { label: polar ? `${polar.label}: ${phrase}` : phrase, concepts };
  const head = concepts[0] ? lexicon.find((g) => g.id === concepts[0])?.label ?? concepts[0] : entities[0];
  const entityWords = new Set(entities.flatMap((e) => e.toLowerCase().split(/\s+/)));
  const terms = words.filter((w) => !entityWords.has(w.toLowerCase())).slice(0, 3);
  const tail = (terms.length > 0 ? terms : entities.slice(0, 1)).filter((t) => t !== head);
  const label = [head, tail.join(', ')].filter(Boolean).join(': ') || claims[0].text.slice(0, 60);
  return { label, concepts };
}
