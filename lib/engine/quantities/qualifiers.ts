// Words before a number that qualify it ("rund 500", "more than 2,000"). Longest phrase wins.
// Decisions: "knapp", "fast", "nearly", "almost" mean slightly below → 'under';
// "gut", "just over" → 'over'; "as many as", "höchstens" → 'up-to'.
import type { Lang, Qualifier } from '../types';
import type { Token } from './tokens';

type Phrase = { words: string[]; qualifier: Qualifier };

function phrases(table: Record<Qualifier, string[]>): Phrase[] {
  const out: Phrase[] = [];
  for (const [qualifier, list] of Object.entries(table) as Array<[Qualifier, string[]]>) {
    for (const p of list) out.push({ words: p.split(' '), qualifier });
  }
  return out.sort((a, b) => b.words.length - a.words.length);
}

const DE = phrases({
  about: ['etwa', 'rund', 'ca .', 'ca', 'circa', 'zirka', 'ungefähr', 'annähernd', 'schätzungsweise', 'geschätzte', 'geschätzt', 'um die', 'an die'],
  over: ['mehr als', 'über', 'gut', 'weit über', 'deutlich über', 'knapp über', 'gut über', 'jenseits von'],
  under: ['knapp', 'knapp unter', 'weniger als', 'unter', 'fast', 'beinahe', 'nahezu', 'nicht ganz'],
  'up-to': ['bis zu', 'höchstens', 'maximal', 'nicht mehr als'],
  'at-least': ['mindestens', 'wenigstens', 'zumindest', 'nicht weniger als'],
  exact: ['genau', 'exakt'],
  few: [],
});

const EN = phrases({
  // "paid like 5k": informal "like" before a number means about.
  about: ['about', 'around', 'approximately', 'like', 'approx .', 'approx', 'roughly', 'some', 'circa', 'an estimated', 'estimated', 'in the region of', 'on the order of', 'close to'],
  over: ['more than', 'over', 'upwards of', 'in excess of', 'above', 'just over', 'well over', 'exceeding', 'north of'],
  under: ['nearly', 'almost', 'fewer than', 'less than', 'below', 'under', 'just under', 'just shy of', 'not quite'],
  'up-to': ['up to', 'as many as', 'as much as', 'at most', 'no more than', 'a maximum of'],
  'at-least': ['at least', 'no fewer than', 'no less than', 'a minimum of', 'not less than'],
  exact: ['exactly', 'precisely'],
  few: [],
});

// Phrases grouped by first word, longest first (as sorted above): one lookup per token.
function byFirstWord(list: Phrase[]): Map<string, Phrase[]> {
  const map = new Map<string, Phrase[]>();
  for (const p of list) map.set(p.words[0], [...(map.get(p.words[0]) ?? []), p]);
  return map;
}

const TABLE: Record<Lang, Map<string, Phrase[]>> = { de: byFirstWord(DE), en: byFirstWord(EN) };

export type QualifierMatch = { qualifier: Qualifier; next: number };

/** Whether a qualifier phrase can start with this (lower-case) word. */
export function isQualifierStart(lower: string, lang: Lang): boolean {
  return TABLE[lang].has(lower);
}

/** Qualifier phrase starting at token i, or null. */
export function readQualifier(tokens: Token[], i: number, lang: Lang): QualifierMatch | null {
  for (const p of TABLE[lang].get(tokens[i]?.lower ?? '') ?? []) {
    let j = i;
    let ok = true;
    for (const w of p.words) {
      if (tokens[j]?.lower !== w) {
        ok = false;
        break;
      }
      j += 1;
    }
    if (ok) return { qualifier: p.qualifier, next: j };
  }
  return null;
}

const RANGE_OPEN: Record<Lang, Map<string, string>> = {
  de: new Map([['zwischen', 'und'], ['von', 'bis']]),
  en: new Map([['between', 'and'], ['from', 'to']]),
};

/** "zwischen"/"between" opens a range whose second part follows the returned connector word. */
export function readRangeOpener(tokens: Token[], i: number, lang: Lang): string | null {
  return RANGE_OPEN[lang].get(tokens[i]?.lower ?? '') ?? null;
}

const CONNECTORS: Record<Lang, Set<string>> = {
  de: new Set(['bis', '–', '—', '-', 'oder']),
  en: new Set(['to', '–', '—', '-', 'or']),
};

/** Word or dash joining the two ends of an open range ("500 bis 600", "500–600"). */
export function isRangeConnector(token: Token | undefined, lang: Lang): boolean {
  return !!token && CONNECTORS[lang].has(token.lower);
}
