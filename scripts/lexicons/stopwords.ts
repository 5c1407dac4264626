// stopwords.json from stopwords-iso (de, en).
import fs from 'node:fs';
import { cmp, npmFile, npmVersion, uniq, type Written, writeLexicon } from './common.ts';

/** Lowercased; stray punctuation trimmed; entries with digits or odd characters (e.g. "herse”") dropped. */
export function cleanStopwords(list: readonly string[]): string[] {
  const out = list
    .map((w) => w.toLowerCase().trim().replace(/,+$/, ''))
    .filter((w) => /^'?\p{L}[\p{L}'.-]*$/u.test(w));
  return uniq(out).sort(cmp);
}

export function buildStopwords(): Written {
  const version = npmVersion('stopwords-iso');
  const all = JSON.parse(fs.readFileSync(npmFile('stopwords-iso', 'stopwords-iso.json'), 'utf8')) as Record<string, string[]>;
  const de = cleanStopwords(all.de);
  const en = cleanStopwords(all.en);
  const source = `stopwords-iso ${version} (npm), licence MIT`;
  return writeLexicon('stopwords.json', { source, de, en }, { de: de.length, en: en.length, 'de (upstream)': all.de.length, 'en (upstream)': all.en.length });
}
