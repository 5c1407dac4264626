// Matching the concept lexicon against tokens.
import { ObjectMemo } from '../memo';
import type { ConceptGroup } from './lexicon';
import { stemMatches, tokenize, type Token } from './tokens';

type CompiledTerm = {
  groupId: string;
  term: string;
  stems: string[];
  /** German terms may also match as compound heads ("Bundeswehrsoldaten" ~ "Soldaten"). */
  allowCompoundHead: boolean;
  pole: 1 | -1;
};

export type ConceptHit = {
  groupId: string;
  label: string;
  /** +1 for a term, −1 for an opposite (counter-pole) term. */
  pole: 1 | -1;
  term: string;
  /** Words of the text that matched, as written. */
  surface: string;
  tokenIndexes: number[];
};

const compiledCache = new WeakMap<ConceptGroup[], CompiledTerm[]>();

function compileTerms(group: ConceptGroup, which: 'terms' | 'opposites', pole: 1 | -1): CompiledTerm[] {
  const terms = group[which];
  if (!terms) return [];
  const forLang = (list: string[], isGerman: boolean): CompiledTerm[] =>
    list.map((term) => ({
      groupId: group.id,
      term,
      stems: tokenize(term)
        .filter((t) => !t.isStopword)
        .map((t) => t.stem),
      allowCompoundHead: isGerman,
      pole,
    }));
  return [...forLang(terms.de, true), ...forLang(terms.en, false)].filter((t) => t.stems.length > 0);
}

const KEY = 3;
type TermIndex = { byStart: Map<string, CompiledTerm[]>; byEnd: Map<string, CompiledTerm[]>; short: CompiledTerm[] };
const indexCache = new WeakMap<ConceptGroup[], TermIndex>();

/**
 * Terms indexed by the first three letters of their stems (a token starts with a term stem) and,
 * for German compound heads, by the last three (a token ends with one); stems under three letters
 * are always tried. Matching then looks only at terms that can match some token.
 */
function termIndex(lexicon: ConceptGroup[]): TermIndex {
  const cached = indexCache.get(lexicon);
  if (cached) return cached;
  const index: TermIndex = { byStart: new Map(), byEnd: new Map(), short: [] };
  const add = (map: Map<string, CompiledTerm[]>, key: string, term: CompiledTerm) => map.set(key, [...(map.get(key) ?? []), term]);
  for (const term of compileLexicon(lexicon)) {
    for (const stem of new Set(term.stems)) {
      if (stem.length < KEY) index.short.push(term);
      else add(index.byStart, stem.slice(0, KEY), term);
      if (term.allowCompoundHead && stem.length >= 5) add(index.byEnd, stem.slice(-KEY), term);
    }
  }
  indexCache.set(lexicon, index);
  return index;
}

function possibleTerms(content: Token[], lexicon: ConceptGroup[]): CompiledTerm[] {
  const index = termIndex(lexicon);
  const terms = new Set<CompiledTerm>(index.short);
  for (const t of content) {
    for (const term of index.byStart.get(t.stem.slice(0, KEY)) ?? []) terms.add(term);
    for (const term of index.byEnd.get(t.stem.slice(-KEY)) ?? []) terms.add(term);
  }
  // Lexicon order, so ties between equally long terms resolve as before.
  return compileLexicon(lexicon).filter((term) => terms.has(term));
}

/** Stems of every term, cached per lexicon array (the lexicon is treated as immutable). */
export function compileLexicon(lexicon: ConceptGroup[]): CompiledTerm[] {
  const cached = compiledCache.get(lexicon);
  if (cached) return cached;
  const compiled = lexicon.flatMap((g) => [...compileTerms(g, 'terms', 1), ...compileTerms(g, 'opposites', -1)]);
  compiledCache.set(lexicon, compiled);
  return compiled;
}

function tokenMatches(token: Token, stem: string, allowCompoundHead: boolean): boolean {
  if (allowCompoundHead) return stemMatches(token.stem, stem);
  return stem.length < 4 ? token.stem === stem : token.stem.startsWith(stem);
}

/** Token sets matching a term: single tokens, or all stems within a window, in any order. */
function findTermMatches(term: CompiledTerm, content: Token[]): Token[][] {
  const matches: Token[][] = [];
  const first = (t: Token) => term.stems.some((s) => tokenMatches(t, s, term.allowCompoundHead));
  for (let i = 0; i < content.length; i++) {
    if (!first(content[i])) continue;
    if (term.stems.length === 1) {
      matches.push([content[i]]);
      continue;
    }
    const window = content.filter((t) => t.index >= content[i].index && t.index < content[i].index + term.stems.length + 3);
    const used: Token[] = [];
    for (const stem of term.stems) {
      const hit = window.find((t) => !used.includes(t) && tokenMatches(t, stem, term.allowCompoundHead));
      if (hit) used.push(hit);
    }
    if (used.length === term.stems.length) matches.push(used);
  }
  return matches;
}

/**
 * Concept hits in the tokens. Within one group a token is claimed by the longest matching
 * term, so "unerwünscht" (opposite) wins over "erwünscht" (term) and a phrase over its words.
 */
const HIT_MEMO = new ObjectMemo<ConceptHit[]>();

export function matchConceptTokens(tokens: Token[], lexicon: ConceptGroup[]): ConceptHit[] {
  // Token arrays of one text are shared (tokenize memoises), so a claim is matched once per lexicon.
  return HIT_MEMO.get([tokens, lexicon], '', () => Object.freeze(matchUncached(tokens, lexicon)) as ConceptHit[]);
}

function matchUncached(tokens: Token[], lexicon: ConceptGroup[]): ConceptHit[] {
  const content = tokens.filter((t) => !t.isStopword);
  const labels = new Map(lexicon.map((g) => [g.id, g.label]));
  const candidates = possibleTerms(content, lexicon).flatMap((term) =>
    findTermMatches(term, content).map((toks) => ({ term, toks, weight: term.stems.join('').length })),
  );
  candidates.sort((a, b) => b.toks.length - a.toks.length || b.weight - a.weight);
  const taken = new Set<string>();
  const hits: ConceptHit[] = [];
  for (const { term, toks } of candidates) {
    const keys = toks.map((t) => `${term.groupId}#${t.index}`);
    if (keys.some((k) => taken.has(k))) continue;
    keys.forEach((k) => taken.add(k));
    const ordered = [...toks].sort((a, b) => a.index - b.index);
    hits.push({
      groupId: term.groupId,
      label: labels.get(term.groupId) ?? term.groupId,
      pole: term.pole,
      term: term.term,
      surface: ordered.map((t) => t.surface).join(' '),
      tokenIndexes: ordered.map((t) => t.index),
    });
  }
  return hits.sort((a, b) => a.tokenIndexes[0] - b.tokenIndexes[0]);
}

/** Concept hits of a text. */
export function matchConcepts(text: string, lexicon: ConceptGroup[]): ConceptHit[] {
  return matchConceptTokens(tokenize(text), lexicon);
}

/** Ids of the concept groups a text mentions. */
export function conceptIdsOf(text: string, lexicon: ConceptGroup[]): string[] {
  return [...new Set(matchConcepts(text, lexicon).map((h) => h.groupId))];
}
