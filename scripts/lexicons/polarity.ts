// polarity-en.json from the VADER lexicon (npm vader-sentiment); polarity-de.json derived from it through the
// bilingual dictionary (no German polarity lexicon with a clear redistributable licence is available here).
import fs from 'node:fs';
import { cmp, npmFile, npmVersion, round2, type Written, writeLexicon } from './common.ts';

/** Alphabetic single words; inner apostrophes and hyphens allowed ("can't", "well-being"). */
const WORD = /^[a-z]+(?:['-][a-z]+)*$/;

/**
 * vader_lexicon.txt lines are "token\tmean\tstddev\t[ratings]". Later duplicates win, as in the original
 * Python implementation (the package's own port keeps the last occurrence too). Score = mean / 4, 2 decimals.
 */
export function parseVader(text: string): { words: Record<string, number>; lines: number } {
  const map = new Map<string, number>();
  let lines = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    lines++;
    const [token, mean] = line.split('\t');
    const word = token.toLowerCase();
    if (!WORD.test(word)) continue;
    const value = Number(mean);
    if (!Number.isFinite(value)) continue;
    map.delete(word);
    map.set(word, round2(value / 4));
  }
  return { words: toRecord(map), lines };
}

function toRecord(map: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of [...map.keys()].sort(cmp)) out[key] = map.get(key)!;
  return out;
}

export const DE_FIRST_N = 3;
export const DE_MIN_ABS = 0.1;
/** Scored translations needed: one alone is often another sense (teuer → dear, Flotte → fleet). */
export const DE_MIN_SCORED = 2;

/**
 * For each German headword: the English scores of its first ≤ 3 translations that have one (at least two, zero
 * counts as unscored, because a single scored translation is often a different sense: teuer → dear) must all have one sign; the German score is their mean, rounded to 2 decimals, kept when
 * |p| ≥ 0.1. Unscored translations (neutral words, multi-word glosses) are skipped rather than vetoing the word;
 * `allScored` applies the stricter reading (every one of the first ≤ 3 must be scored), only counted for SOURCES.md.
 */
export function derivePolarityDe(entries: [string, string[]][], en: Record<string, number>, allScored = false): Record<string, number> {
  const map = new Map<string, number>();
  for (const [de, translations] of entries) {
    const first = translations.slice(0, DE_FIRST_N).map((t) => (Object.hasOwn(en, t) ? en[t] : 0));
    const scores = first.filter((s) => s !== 0);
    if (scores.length < Math.min(DE_MIN_SCORED, first.length) || (allScored && scores.length < first.length)) continue;
    const sign = Math.sign(scores[0]);
    if (!scores.every((s) => Math.sign(s) === sign)) continue;
    const p = round2(scores.reduce((a, b) => a + b, 0) / scores.length);
    if (Math.abs(p) >= DE_MIN_ABS) map.set(de, p);
  }
  return toRecord(map);
}

export function vaderSource(): string {
  return `VADER lexicon (Hutto & Gilbert 2014) from npm vader-sentiment ${npmVersion('vader-sentiment')} (file vader_lexicon.txt), licence Apache-2.0`;
}

export function buildPolarityEn(): { written: Written; words: Record<string, number> } {
  const text = fs.readFileSync(npmFile('vader-sentiment', 'vader_lexicon.txt'), 'utf8');
  const { words, lines } = parseVader(text);
  const source = `${vaderSource()}; score = VADER mean rating / 4, rounded to 2 decimals (range -1..1)`;
  const values = Object.values(words);
  const written = writeLexicon('polarity-en.json', { source, words }, {
    words: values.length,
    positive: values.filter((v) => v > 0).length,
    negative: values.filter((v) => v < 0).length,
    'upstream lexicon lines': lines,
  });
  return { written, words };
}

export function buildPolarityDe(entries: [string, string[]][], en: Record<string, number>, bilingualSource: string): Written {
  const words = derivePolarityDe(entries, en);
  const source =
    `DERIVED (no German polarity lexicon with a clear redistributable licence was found): for each German headword of bilingual-de-en.json, ` +
    `the mean of the polarity-en.json scores of those of its first ≤ ${DE_FIRST_N} translations that are scored (≥ ${DE_MIN_SCORED}, or all of them when fewer), when all have one sign, ` +
    `rounded to 2 decimals, kept when |p| ≥ ${DE_MIN_ABS}; licence: treat as GPL-3+ (derived from FreeDict). Inputs: ${bilingualSource}; ${vaderSource()}`;
  const values = Object.values(words);
  return writeLexicon('polarity-de.json', { source, words }, {
    words: values.length,
    positive: values.filter((v) => v > 0).length,
    negative: values.filter((v) => v < 0).length,
    'words under the all-scored rule': Object.keys(derivePolarityDe(entries, en, true)).length,
  });
}
