// Polar words for subjectivity: the shipped polarity lexicons (data/lexicons/polarity-{de,en}.json,
// VADER and its German derivation) reduced to a set of surface forms with a clear polarity, so a
// sentence is checked with one set lookup per word (no stemming on the hot path). German headwords
// are lemmas: adjective and noun endings are added here („lahmen", „Skandale").
import type { Token } from './tokens';
import type { Lang } from '../types';

export type PolarWords = { de: ReadonlySet<string>; en: ReadonlySet<string> };
export type PolarityScores = { de: Readonly<Record<string, number>>; en: Readonly<Record<string, number>> };

/** |polarity| from which a word marks its sentence as an evaluation (chosen on the tuning half of tests/fixtures/subjectivity). */
export const POLAR_THRESHOLD = 0.35;
const DE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em', 'n', 's', 'ere', 'eren', 'erer', 'ste', 'sten'];
const MIN_LENGTH = 3;

const formsOf = (lang: Lang, word: string): string[] => (lang === 'de' ? DE_ENDINGS.map((e) => (word.endsWith('e') && e.startsWith('e') ? word + e.slice(1) : word + e)) : [word]);

export const buildPolarWords = (scores: PolarityScores, threshold = POLAR_THRESHOLD): PolarWords => {
  const build = (lang: Lang): Set<string> => {
    const set = new Set<string>();
    for (const [word, p] of Object.entries(scores[lang])) {
      if (Math.abs(p) < threshold || word.includes(' ') || word.length < MIN_LENGTH) continue;
      for (const f of formsOf(lang, word)) set.add(f);
    }
    return set;
  };
  return { de: build('de'), en: build('en') };
};

const MAX_CUES = 3;

/** Polar words of a sentence outside quotations; English capitalised words inside a sentence are names. */
export const findPolarCues = (tokens: Token[], lang: Lang, words: PolarWords | undefined): string[] => {
  if (!words) return [];
  const set = words[lang];
  const cues: string[] = [];
  for (let i = 0; i < tokens.length && cues.length < MAX_CUES; i++) {
    const t = tokens[i];
    if (!t.isWord || t.inQuote || t.lower.length < MIN_LENGTH || (lang === 'en' && i > 0 && t.text !== t.lower)) continue;
    if (set.has(t.lower) && !cues.includes(t.text)) cues.push(t.text);
  }
  return cues;
};
