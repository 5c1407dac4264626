// synonyms-de.json from the Debian package openthesaurus-de-text (OpenThesaurus text export, one synset per line).
import fs from 'node:fs';
import { cmp, debianFile, debianVersion, squash, uniq, wordCount, type Written, writeLexicon } from './common.ts';

export const OPENTHESAURUS_PKG = 'openthesaurus-de-text';
const FILE = '/usr/share/openthesaurus-de/openthesaurus.txt';

/**
 * One synset member: annotations in parentheses ("(ugs.)", "(fachspr.)", "(sich)", "(etwas)", also optional word parts
 * as in "Gewinner(in)", "d(ies)em") and brackets ("[jüdisch]") are removed. Prefix stubs with an ellipsis ("Deputat...") give null.
 */
export function cleanTerm(raw: string): string | null {
  if (/\.\.\.|…/.test(raw)) return null;
  let s = raw;
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s
      .replace(/(?<=\p{L})\([^()]*\)(?=\p{L})/gu, '') // inside a word: "d(ies)em" → "dem"
      .replace(/\([^()]*\)/g, ' ')
      .replace(/\[[^[\]]*\]/g, ' ');
  }
  s = squash(s.replace(/[()[\]]/g, ' ')).toLowerCase();
  if (s === '' || !/\p{L}/u.test(s)) return null;
  return s;
}

export function parseOpenThesaurus(text: string): { synsets: string[][]; lines: number } {
  const seen = new Set<string>();
  const synsets: string[][] = [];
  let lines = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    lines++;
    const members = uniq(
      line
        .split(';')
        .map(cleanTerm)
        .filter((t): t is string => t !== null && wordCount(t) <= 3),
    );
    if (members.length < 2) continue;
    const key = [...members].sort(cmp).join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    synsets.push(members);
  }
  return { synsets, lines };
}

export function buildSynonymsDe(): { written: Written; synsets: string[][] } {
  const text = fs.readFileSync(debianFile(FILE, OPENTHESAURUS_PKG), 'utf8');
  const generated = /Automatically generated (\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? 'unknown date';
  const { synsets, lines } = parseOpenThesaurus(text);
  const version = debianVersion(OPENTHESAURUS_PKG);
  const source = `OpenThesaurus (export of ${generated}) via Debian package ${OPENTHESAURUS_PKG} ${version}, licence LGPL (GNU Lesser General Public License 2.1 or later)`;
  const members = synsets.reduce((n, s) => n + s.length, 0);
  const written = writeLexicon('synonyms-de.json', { source, synsets }, { synsets: synsets.length, members, 'upstream lines': lines });
  return { written, synsets };
}
