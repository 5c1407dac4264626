// Candidate claim pairs by retrieval: every claim becomes a bag of sense keys (stems, German
// compound heads, synonym sets, translations into English, plus concept ids, entity names and
// the measured things of its quantities), weighted by inverse document frequency; an inverted
// index over the other document's claims yields each claim's best partners without scoring
// every pair. The score is the cosine of the two weighted key sets, each key counted at the
// weakest of its two sense weights.
import type { CompareClaim } from '../compare/types';
import { nameKey } from '../compare/aliases';
import { quantityEnds } from './align-quantities';
import type { LexicalResources } from './resources';
import { contentWords, sensesOf } from './similarity';
import { SENSE_WEIGHT } from './types';

export type RetrievalHit = { leftId: string; rightId: string; score: number; shared: string[] };
/** A claim's words, each with its sense keys and their weights; the first key is the word's own. */
type Bag = { word: string; keys: Map<string, number> }[];

const MIN_SCORE = 0.1;

function bagOf(claim: CompareClaim, extraKeys: string[], res?: LexicalResources): Bag {
  const bag: Bag = [];
  const addWord = (word: string, keys: [string, number][]) => {
    if (bag.some((w) => w.keys.has(keys[0][0]))) return;
    bag.push({ word, keys: new Map(keys) });
  };
  const senses = (word: string, prefix = ''): [string, number][] =>
    sensesOf(claim.lang, word, res).filter((k) => k.kind !== 'related').map((k) => [`${prefix}${k.key}`, SENSE_WEIGHT[k.kind]]);
  // Who says it is not what is said: a person quoted in both documents makes any two of their
  // claims look alike, so the speaking person's name matches nothing (a group or organisation
  // that holds a view, "residents", "der Mieterbund", still does).
  const speakerNames = personSpeakerWords(claim);
  for (const word of contentWords(claim.text, claim.lang, res)) if (!speakerNames.has(word.toLowerCase())) addWord(word, senses(word));
  for (const e of claim.entities) if (!isSpeakingPerson(claim, e)) addWord(e.canonical, [[`e:${nameKey(e.canonical)}`, 1]]);
  for (const end of quantityEnds([claim], res)) if (end.thing.head) addWord(`#${end.thing.head}`, senses(end.thing.head, 'q:'));
  extraKeys.forEach((k) => addWord(k, [[k, 1]]));
  return bag;
}

/** A person entity of the claim whose name is (part of) its speaker. */
function isSpeakingPerson(claim: CompareClaim, e: CompareClaim['entities'][number]): boolean {
  if (e.type !== 'person' || !claim.speaker) return false;
  const speaker = nameKey(claim.speaker);
  const name = nameKey(e.canonical);
  return speaker.includes(name) || name.includes(speaker);
}

function personSpeakerWords(claim: CompareClaim): Set<string> {
  const persons = claim.entities.filter((e) => isSpeakingPerson(claim, e));
  return new Set(persons.flatMap((e) => e.canonical.split(/[\s,]+/)).filter(Boolean).map((w) => w.toLowerCase()));
}

/**
 * The `perClaim` best partners in `right` of every claim in `left` and vice versa (union).
 * Each word of a claim counts once, by its best-matching sense in the other claim (weight of
 * the weaker sense × IDF of the key); the sum is normalised like a cosine over the words' IDF.
 * `extraKeysOf` adds keys such as concept ids.
 */
export function retrieveCandidates(
  left: CompareClaim[],
  right: CompareClaim[],
  opts: { resources?: LexicalResources; perClaim?: number; extraKeysOf?: (c: CompareClaim) => string[] } = {},
): RetrievalHit[] {
  const perClaim = opts.perClaim ?? 4;
  const bags = new Map([...left, ...right].map((c) => [c.id, bagOf(c, opts.extraKeysOf?.(c) ?? [], opts.resources)] as const));
  const df = new Map<string, number>();
  for (const bag of bags.values()) for (const k of new Set(bag.flatMap((w) => [...w.keys.keys()]))) df.set(k, (df.get(k) ?? 0) + 1);
  const n = bags.size + 10;
  const idfs = new Map<string, number>();
  const idf = (k: string) => {
    let v = idfs.get(k);
    if (v === undefined) idfs.set(k, (v = Math.log(n / ((df.get(k) ?? 0) + 0.5))));
    return v;
  };
  const norm = new Map([...bags].map(([id, bag]) => [id, Math.sqrt(bag.reduce((s, w) => s + idf(w.keys.keys().next().value!) ** 2, 0)) || 1]));
  const index = new Map<string, { id: string; weight: number }[]>();
  for (const c of right) {
    for (const w of bags.get(c.id)!) {
      for (const [k, weight] of w.keys) {
        const postings = index.get(k);
        if (postings) postings.push({ id: c.id, weight });
        else index.set(k, [{ id: c.id, weight }]);
      }
    }
  }

  const scored: RetrievalHit[] = [];
  for (const l of left) {
    const sums = new Map<string, { dot: number; shared: string[] }>();
    for (const w of bags.get(l.id)!) {
      const best = new Map<string, number>();
      for (const [k, weight] of w.keys) {
        const postings = index.get(k);
        if (!postings) continue;
        const kIdf = idf(k);
        for (const post of postings) {
          const value = Math.min(weight, post.weight) * kIdf;
          const known = best.get(post.id);
          if (known === undefined || value > known) best.set(post.id, value);
        }
      }
      const wordIdf = idf(w.keys.keys().next().value!);
      for (const [rid, value] of best) {
        const entry = sums.get(rid);
        if (entry) {
          entry.dot += value * wordIdf;
          entry.shared.push(w.word);
        } else sums.set(rid, { dot: value * wordIdf, shared: [w.word] });
      }
    }
    for (const [rid, { dot, shared }] of sums) {
      const score = Math.min(1, dot / (norm.get(l.id)! * norm.get(rid)!));
      if (score >= MIN_SCORE) scored.push({ leftId: l.id, rightId: rid, score: Math.round(score * 1000) / 1000, shared });
    }
  }
  const top = (key: 'leftId' | 'rightId') => {
    const by = new Map<string, RetrievalHit[]>();
    for (const h of scored) {
      const hits = by.get(h[key]);
      if (hits) hits.push(h);
      else by.set(h[key], [h]);
    }
    return [...by.values()].flatMap((hits) => hits.sort((a, b) => b.score - a.score).slice(0, perClaim));
  };
  return [...new Set([...top('leftId'), ...top('rightId')])].sort((a, b) => b.score - a.score);
}
