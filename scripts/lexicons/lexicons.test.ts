// Checks the SHIPPED files in data/lexicons (not the Debian/npm sources): shape, size budget and a few generic facts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(import.meta.dirname, '..', '..', 'data', 'lexicons');
const FILES = ['stopwords.json', 'synonyms-de.json', 'wordnet-en.json', 'bilingual-de-en.json', 'polarity-en.json', 'polarity-de.json'];
// The three large intermediates are rebuilt by `npm run lexicons:build` and not committed: the repository
// ships what the engine loads (lexicon-index.json) plus the small readable files.
const BUILT_ONLY = new Set(['synonyms-de.json', 'wordnet-en.json', 'bilingual-de-en.json']);
const isBuilt = fs.existsSync(path.join(DIR, 'bilingual-de-en.json'));

function load<T>(name: string): T & { source: string } {
  return JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8')) as T & { source: string };
}

const isLower = (w: string) => w === w.toLowerCase();

describe('data/lexicons', () => {
  it('has every file with a source string naming a licence; what the repository ships stays under 12 MiB', () => {
    for (const name of FILES.filter((f) => isBuilt || !BUILT_ONLY.has(f))) expect(load<object>(name).source, name).toMatch(/licen[cs]e/i);
    const shipped = [...FILES.filter((f) => !BUILT_ONLY.has(f)), 'lexicon-index.json', 'SOURCES.md'];
    const total = shipped.reduce((sum, name) => sum + fs.statSync(path.join(DIR, name)).size, 0);
    expect(total).toBeLessThan(12 * 1024 * 1024);
  });

  it('stopwords: sorted lowercase de and en lists', () => {
    const { de, en } = load<{ de: string[]; en: string[] }>('stopwords.json');
    for (const list of [de, en]) {
      expect(list.length).toBeGreaterThan(300);
      expect(list.every(isLower)).toBe(true);
      expect([...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(list);
    }
    expect(de).toContain('und');
    expect(en).toContain('the');
  });

  it.skipIf(!isBuilt)('synonyms-de: synsets of ≥ 2 lowercase members without annotations; auto ~ wagen', () => {
    const { synsets } = load<{ synsets: string[][] }>('synonyms-de.json');
    expect(synsets.length).toBeGreaterThan(10000);
    const badSets = synsets.filter((s) => s.length < 2 || new Set(s).size !== s.length);
    const badMembers = synsets.flat().filter((m) => !isLower(m) || /[()[\]]/.test(m) || m.split(' ').length > 3);
    expect(badSets).toEqual([]);
    expect(badMembers).toEqual([]);
    expect(synsets.some((s) => s.includes('auto') && s.includes('wagen'))).toBe(true);
  });

  it.skipIf(!isBuilt)('wordnet-en: n/v/a synsets and sorted antonym pairs, including [bad, good]', () => {
    const { synsets, antonyms } = load<{ synsets: Record<'n' | 'v' | 'a', string[][]>; antonyms: [string, string][] }>('wordnet-en.json');
    expect(Object.keys(synsets).sort()).toEqual(['a', 'n', 'v']);
    for (const pos of ['n', 'v', 'a'] as const) {
      expect(synsets[pos].length).toBeGreaterThan(1000);
      expect(synsets[pos].every((s) => s.length >= 2 && s.every((w) => isLower(w) && !/[_()]/.test(w)))).toBe(true);
    }
    expect(synsets.a.some((s) => s.includes('good') && s.includes('well'))).toBe(true);
    expect(antonyms.every(([a, b]) => a < b)).toBe(true);
    expect(antonyms).toContainEqual(['bad', 'good']);
    expect(antonyms).toContainEqual(['buy', 'sell']);
  });

  it.skipIf(!isBuilt)('bilingual-de-en: sorted entries, 1–6 translations of ≤ 2 words; fahrgast → passenger', () => {
    const { entries } = load<{ entries: [string, string[]][] }>('bilingual-de-en.json');
    expect(entries.length).toBeGreaterThan(50000);
    const map = new Map(entries);
    expect(map.size).toBe(entries.length);
    expect(entries.filter((e, i) => i > 0 && !(entries[i - 1][0] < e[0]))).toEqual([]);
    expect(entries.filter(([, en]) => en.length < 1 || en.length > 6)).toEqual([]);
    const terms = entries.flatMap(([de, en]) => [de, ...en]);
    expect(terms.filter((t) => !isLower(t) || t.split(' ').length > 2 || /[<>[\]{}()]/.test(t))).toEqual([]);
    expect(map.get('fahrgast')).toContain('passenger');
    expect(map.get('auto')).toContain('car');
    expect(map.get('gut')?.[0]).toBe('good');
  });

  it('polarity-en: VADER scores in [-1, 1]; good > 0, bad < 0', () => {
    const { words } = load<{ words: Record<string, number> }>('polarity-en.json');
    expect(Object.keys(words).length).toBeGreaterThan(5000);
    const bad = Object.entries(words).filter(([w, p]) => !/^[a-z]+(?:['-][a-z]+)*$/.test(w) || p < -1 || p > 1 || Number(p.toFixed(2)) !== p);
    expect(bad).toEqual([]);
    expect(words.good).toBeGreaterThan(0);
    expect(words.bad).toBeLessThan(0);
    expect(words.great).toBeGreaterThan(words.good);
  });

  it('polarity-de: derived scores with |p| ≥ 0.1; gut > 0, schlecht < 0', () => {
    const { source, words } = load<{ words: Record<string, number> }>('polarity-de.json');
    expect(source).toMatch(/DERIVED/);
    expect(Object.keys(words).length).toBeGreaterThan(1000);
    expect(Object.entries(words).filter(([, p]) => Math.abs(p) < 0.1 || Math.abs(p) > 1)).toEqual([]);
    expect(words.gut).toBeGreaterThan(0);
    expect(words.schlecht).toBeLessThan(0);
    expect(words.katastrophe).toBeLessThan(0);
    expect(words.erfolg).toBeGreaterThan(0);
  });

  it('lexicon-index: the stem-keyed index the engine loads, with every source named', () => {
    const index = load<{ version: number; sources: string[]; knownDe: string[]; translations: Record<string, string[]> }>('lexicon-index.json');
    expect(index.version).toBe(1);
    expect(index.sources).toHaveLength(6);
    expect(index.knownDe.length).toBeGreaterThan(50000);
    expect(index.translations.fahrgast).toContain('passeng');
  });
});
