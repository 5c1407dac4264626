// bilingual-de-en.json from the Debian packages dict-freedict-deu-eng and dict-freedict-eng-deu (dictd format).
import fs from 'node:fs';
import zlib from 'node:zlib';
import { cmp, debianFile, debianVersion, squash, wordCount, type Written, writeLexicon } from './common.ts';

export const DEU_ENG_PKG = 'dict-freedict-deu-eng';
export const ENG_DEU_PKG = 'dict-freedict-eng-deu';
export const MAX_TRANSLATIONS = 6;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function b64(s: string): number {
  let v = 0;
  for (const c of s) v = v * 64 + B64.indexOf(c);
  return v;
}

/** One dictd entry: its first line (headword) and second line (the comma-separated translations). */
export type DictEntry = { head: string; translations: string };

/** Reads a dictd .index/.dict.dz pair; entries in file order, each once, the 00-database-* metadata skipped. */
export function readDictd(name: string, aptPackage: string): { entries: DictEntry[]; edition: string } {
  const index = fs.readFileSync(debianFile(`/usr/share/dictd/${name}.index`, aptPackage), 'utf8');
  const data = zlib.gunzipSync(fs.readFileSync(debianFile(`/usr/share/dictd/${name}.dict.dz`, aptPackage)));
  const spans = new Map<number, number>();
  for (const line of index.split('\n')) {
    const [head, off, len] = line.split('\t');
    if (len === undefined || head.startsWith('00database') || head.startsWith('00-database')) continue;
    spans.set(b64(off), b64(len));
  }
  const entries: DictEntry[] = [];
  for (const [off, len] of [...spans].sort((a, b) => a[0] - b[0])) {
    const lines = data.subarray(off, off + len).toString('utf8').split('\n');
    if (lines.length < 2 || lines[0].startsWith('00-database')) continue;
    entries.push({ head: lines[0], translations: lines[1] });
  }
  const edition = /^Edition: (\S+)/m.exec(data.subarray(0, 4096).toString('utf8'))?.[1] ?? 'unknown';
  return { entries, edition };
}

/** Removes <grammar>, [domain/region], (notes), {refs} and /IPA/ groups. */
function stripGroups(s: string): string {
  let out = s;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(/<[^<>]*>|\[[^[\]]*\]|\([^()]*\)|\{[^{}]*\}/g, ' ');
  }
  return out.replace(/(^|\s)\/[^/]*\/(?=\s|$)/g, ' ');
}

/** Placeholders for objects: "etw. aufgeben", "jdm. helfen", "give sb. sth.". */
const PLACEHOLDERS = new Set(['etw.', 'jdn.', 'jdm.', 'jds.', 'jd.', 'sb.', 'sth.', "sb.'s", "sth.'s", 'so.', 'sich']);

/** A cleaned term of 1–2 words, or null. German reflexive "sich" and object placeholders are dropped. */
export function cleanTerm(raw: string): string | null {
  const words = squash(stripGroups(raw).replace(/’/g, "'"))
    .toLowerCase()
    .split(' ')
    .filter((w) => w !== '' && !PLACEHOLDERS.has(w));
  const s = words.join(' ');
  if (s === '' || wordCount(s) > 2) return null;
  if (!/^\p{L}[\p{L}\p{M}'-]*(?: \p{L}[\p{L}\p{M}'-]*)?$/u.test(s)) return null;
  return s;
}

/** Splits a translation line on top-level commas (commas inside brackets belong to annotations). */
export function splitTopLevel(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of line) {
    if ('<[({'.includes(ch)) depth++;
    else if ('>])}'.includes(ch)) depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function entryTerms(e: DictEntry): { head: string | null; translations: string[] } {
  return {
    head: cleanTerm(e.head),
    translations: splitTopLevel(e.translations).map(cleanTerm).filter((t): t is string => t !== null),
  };
}

/**
 * de → en from both directions: deu-eng senses first in dictionary order, then inverted eng-deu entries; within each
 * direction plural-form senses (<pl>: "Steigen" = crates) after the others. Ding lists rare senses first ("gut" →
 * "cum laude", "aufgeben" → "dispatch"), so translations are ranked by support (how many non-plural entries of
 * either direction give the pair), that order breaking ties, and cut to 6.
 */
export function mergeBilingual(deuEng: DictEntry[], engDeu: DictEntry[]): [string, string[]][] {
  const map = new Map<string, Map<string, number>>();
  const add = (de: string, en: string, plural: boolean) => {
    let support = map.get(de);
    if (!support) map.set(de, (support = new Map()));
    support.set(en, (support.get(en) ?? 0) + (plural ? 0 : 1));
  };
  for (const plural of [false, true]) {
    for (const e of deuEng) {
      if (/<pl>\s*$/.test(e.head) !== plural) continue;
      const { head, translations } = entryTerms(e);
      if (head) for (const en of translations) add(head, en, plural);
    }
  }
  for (const plural of [false, true]) {
    for (const e of engDeu) {
      const en = cleanTerm(e.head);
      if (!en) continue;
      for (const item of splitTopLevel(e.translations)) {
        if (/<pl>/.test(item) !== plural) continue;
        const de = cleanTerm(item);
        if (de) add(de, en, plural);
      }
    }
  }
  const out: [string, string[]][] = [];
  for (const [de, support] of map) {
    const ranked = [...support].map(([en, n], i) => ({ en, n, i })).sort((x, y) => y.n - x.n || x.i - y.i);
    out.push([de, ranked.slice(0, MAX_TRANSLATIONS).map((r) => r.en)]);
  }
  return out.sort((a, b) => cmp(a[0], b[0]));
}

/** Number of deu-eng entries (senses) per cleaned German headword. */
export function senseCounts(deuEng: DictEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of deuEng) {
    const head = cleanTerm(e.head);
    if (head) counts.set(head, (counts.get(head) ?? 0) + 1);
  }
  return counts;
}

export const PRUNE_MAX_SHORT_WORD = 10;

/**
 * Size budget: the full merge is ~14 MiB, mostly single-sense compounds and phrases. A headword is kept when it is
 * in the OpenThesaurus vocabulary, or has ≥ 2 deu-eng senses, or is one word of ≤ 10 characters.
 */
export function pruneBilingual(entries: [string, string[]][], vocabulary: Set<string>, senses: Map<string, number>): [string, string[]][] {
  return entries.filter(
    ([de]) => vocabulary.has(de) || (senses.get(de) ?? 0) >= 2 || (!de.includes(' ') && de.length <= PRUNE_MAX_SHORT_WORD),
  );
}

export function buildBilingual(vocabulary: Set<string>): { written: Written; entries: [string, string[]][] } {
  const { entries: deuEng, edition: e1 } = readDictd('freedict-deu-eng', DEU_ENG_PKG);
  const { entries: engDeu, edition: e2 } = readDictd('freedict-eng-deu', ENG_DEU_PKG);
  const merged = mergeBilingual(deuEng, engDeu);
  const entries = pruneBilingual(merged, vocabulary, senseCounts(deuEng));
  const v1 = debianVersion(DEU_ENG_PKG);
  const v2 = debianVersion(ENG_DEU_PKG);
  const source = `FreeDict deu-eng and eng-deu (editions ${e1} and ${e2}, generated from the Ding dictionary) via Debian packages ${DEU_ENG_PKG} ${v1} and ${ENG_DEU_PKG} ${v2}, licence GPL-3+; pruned for size (see SOURCES.md)`;
  const translations = entries.reduce((n, [, en]) => n + en.length, 0);
  const written = writeLexicon('bilingual-de-en.json', { source, entries }, {
    'German headwords': entries.length,
    translations,
    'headwords before pruning': merged.length,
    'upstream deu-eng entries': deuEng.length,
    'upstream eng-deu entries': engDeu.length,
  });
  return { written, entries };
}
