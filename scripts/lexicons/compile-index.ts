// Compiles the readable lexicon files into the stem-keyed index the engine loads at run time
// (data/lexicons/lexicon-index.json). Stemming ~0.5 M dictionary words takes seconds, so it
// happens here, once, and not in every process. Deterministic: same inputs, same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { singularEn, stemOf } from '../../lib/engine/lexical/resources.ts';
import type { LexiconIndex } from '../../lib/engine/lexical/types.ts';
import { QUANTITY_NOUNS } from '../../lib/engine/lexical/function-words.ts';

type Json = Record<string, unknown>;
const MAX_TRANSLATIONS = 4;

const read = (dir: string, name: string): Json => JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')) as Json;
const isWord = (w: string) => /^[\p{L}][\p{L}'’-]*$/u.test(w) && w.length >= 2;

function push(map: Map<string, Set<number | string>>, key: string, value: number | string) {
  const set = map.get(key) ?? new Set();
  set.add(value);
  map.set(key, set);
}

const sortedRecord = <V>(map: Map<string, V>): Record<string, V> => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * German stem → English stems: single-word translations first; two-word ones give their last word
 * only when none is single. Headwords that share a stem take turns: Snowball stems the agent noun
 * with its root ("Besucher", "Besuch" → "besuch"; "Mieter", "Miete" → "miet"), and the root's
 * translations alone would lose "visitor" and "tenant", the counts news most often report.
 */
const MAX_SHARED_TRANSLATIONS = 6;

function translations(entries: [string, string[]][]) {
  const byStem = new Map<string, string[][]>();
  for (const [de, ens] of entries) {
    if (!isWord(de)) continue;
    const single = ens.filter(isWord);
    // A two-word translation counts by its head, unless the head only names a quantity ("vaccination rate").
    const headOf = (e: string) => (QUANTITY_NOUNS.has(e.split(' ')[1]) ? e.split(' ')[0] : e.split(' ')[1]);
    const chosen = single.length ? single : ens.filter((e) => e.split(' ').length === 2 && e.split(' ').every(isWord)).map(headOf);
    if (chosen.length === 0) continue;
    const key = stemOf('de', de);
    byStem.set(key, [...(byStem.get(key) ?? []), chosen.slice(0, MAX_TRANSLATIONS).map((en) => stemOf('en', en))]);
  }
  const out = new Map<string, string[]>();
  for (const [key, [first, ...others]] of byStem) {
    // The first headword's translations, then each other headword's first one.
    const picked = new Set(first);
    for (const list of others) if (picked.size < MAX_SHARED_TRANSLATIONS) picked.add(list[0]);
    out.set(key, [...picked]);
  }
  return out;
}

function synonyms(sets: string[][], lang: 'de' | 'en', offset: number, into: Map<string, Set<number | string>>) {
  sets.forEach((set, i) => {
    for (const w of set) if (isWord(w)) push(into, stemOf(lang, w), offset + i);
  });
  return offset + sets.length;
}

/**
 * Stem → mean polarity of its words. Words whose stem is shared by words of the other sign
 * ("verlässlich" +, "verlassen" −: both "verlass") keep their own entries under "=word" instead,
 * so neither is read with the other's sign (resources.ts looks the exact form up first).
 */
function polarity(words: Record<string, number>, lang: 'de' | 'en'): Map<string, number> {
  const byStem = new Map<string, [string, number][]>();
  for (const [w, p] of Object.entries(words)) if (isWord(w)) byStem.set(stemOf(lang, w), [...(byStem.get(stemOf(lang, w)) ?? []), [w, p]]);
  const out = new Map<string, number>();
  for (const [stem, entries] of byStem) {
    const ps = entries.map(([, p]) => p);
    if (ps.every((p) => Math.sign(p) === Math.sign(ps[0]))) out.set(stem, Math.round((ps.reduce((a, b) => a + b, 0) / ps.length) * 100) / 100);
    else for (const [w, p] of entries) out.set(`=${w.toLowerCase()}`, p);
  }
  return out;
}

/**
 * Noun classes: English lemmas from WordNet's first senses (exact, not stemmed); German
 * headwords and stems take the class of their first translation's head word.
 */
function nounClasses(classes: Record<string, string[]>, bilingual: [string, string[]][]): LexiconIndex['nounClasses'] {
  const out: LexiconIndex['nounClasses'] = {};
  for (const [cls, lemmas] of Object.entries(classes)) {
    const en = new Set(lemmas.filter(isWord));
    // A German headword takes the class of its first translation's head ("ärzte" → medical doctors → doctor).
    const isClass = (gloss: string) => en.has(singularEn(gloss.toLowerCase().split(' ').at(-1)!));
    const words = new Set<string>();
    // Stems merge words ("Schule", "Schüler" → schul): a stem has the class when most of its headwords do.
    const votes = new Map<string, [number, number]>();
    for (const [word, ens] of bilingual) {
      if (!isWord(word) || ens.length === 0) continue;
      const yesHere = isClass(ens[0]);
      if (yesHere) words.add(word.toLowerCase());
      const key = stemOf('de', word);
      const [yes, all] = votes.get(key) ?? [0, 0];
      votes.set(key, [yes + Number(yesHere), all + 1]);
    }
    const de = [...votes].filter(([, [yes, all]]) => yes * 2 > all).map(([key]) => key);
    out[cls] = { en: [...en].sort(), de: de.sort(), deWords: [...words].sort() };
  }
  return out;
}

export function compileIndex(dir: string): LexiconIndex {
  const stop = read(dir, 'stopwords') as { de: string[]; en: string[] };
  const wordnet = read(dir, 'wordnet-en') as { synsets: Record<'n' | 'v' | 'a', string[][]>; antonyms: [string, string][]; nounClasses: Record<string, string[]> };
  const synDe = (read(dir, 'synonyms-de') as { synsets: string[][] }).synsets;
  const bilingual = (read(dir, 'bilingual-de-en') as { entries: [string, string[]][] }).entries;
  const trans = translations(bilingual);
  const synonymsDe = new Map<string, Set<number | string>>();
  const synonymsEn = new Map<string, Set<number | string>>();
  let next = synonyms(synDe, 'de', 0, synonymsDe);
  const nounSynsetsFrom = next;
  for (const pos of ['n', 'v', 'a'] as const) next = synonyms(wordnet.synsets[pos], 'en', next, synonymsEn);
  const pol = { de: polarity((read(dir, 'polarity-de') as { words: Record<string, number> }).words, 'de'), en: polarity((read(dir, 'polarity-en') as { words: Record<string, number> }).words, 'en') };
  const known = new Set([...trans.keys(), ...synonymsDe.keys()]);
  const ids = (m: Map<string, Set<number | string>>) => new Map([...m].map(([k, v]) => [k, [...v] as number[]]));
  return {
    version: 1,
    sources: ['stopwords', 'synonyms-de', 'wordnet-en', 'bilingual-de-en', 'polarity-en', 'polarity-de'].map((n) => String(read(dir, n).source)),
    stopwords: { de: [...stop.de].sort(), en: [...stop.en].sort() },
    knownDe: [...known].sort(),
    translations: sortedRecord(trans),
    synonyms: { de: sortedRecord(ids(synonymsDe)), en: sortedRecord(ids(synonymsEn)) },
    englishNounSynsets: [nounSynsetsFrom, nounSynsetsFrom + wordnet.synsets.n.length],
    antonyms: [...new Set(wordnet.antonyms.map(([a, b]) => [stemOf('en', a), stemOf('en', b)].sort().join('|')))].sort().map((p) => p.split('|') as [string, string]),
    polarity: { de: sortedRecord(pol.de), en: sortedRecord(pol.en) },
    nounClasses: nounClasses(wordnet.nounClasses, bilingual),
  };
}

// `tsx scripts/lexicons/compile-index.ts [DIR [OUT]]` recompiles the index alone.
if (process.argv[1]?.endsWith('compile-index.ts')) {
  const dir = process.argv[2] ?? 'data/lexicons';
  const out = process.argv[3] ?? path.join(dir, 'lexicon-index.json');
  const started = performance.now();
  const index = compileIndex(dir);
  fs.writeFileSync(out, JSON.stringify(index));
  console.log(`lexicon index: ${out}, ${(fs.statSync(out).size / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
