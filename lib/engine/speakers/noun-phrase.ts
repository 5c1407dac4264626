// Grabs the speaker noun phrase next to a speech cue, on token level.
import type { Token } from '../extract/tokens';
import { isPersonTitle, NON_NAMES } from '../entities/gazetteer';

const ARTICLES = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'the', 'a', 'an']);
const GENITIVE = new Set(['der', 'des', 'von', 'of', 'for', 'the']);
const STOP = new Set(['dass', 'that', 'ob', 'whether', 'weil', 'because', 'und', 'and']);
const CAP = /^\p{Lu}/u;
const SUBJECT_ADVERBS = new Set(['also', 'later', 'then', 'previously', 'further', 'again']);
const PUNCT = /^[:;„“”"«»]$/;

const isCap = (t: Token | undefined): boolean => t !== undefined && CAP.test(t.text) && !t.inQuote;
const isTitle = (t: Token): boolean => isPersonTitle(t.lower);

export type Phrase = { text: string; start: number; end: number; named: boolean; atClauseStart?: boolean };

const toPhrase = (src: string, toks: Token[]): Phrase | null => {
  // Drop a leading role title when a name follows it: "Präsident Trump" → "Trump".
  let from = 0;
  while (from < toks.length - 1 && (ARTICLES.has(toks[from].lower) || isTitle(toks[from]))) from++;
  const part = toks.slice(from);
  if (!part.length) return null;
  const named = from > 0 ? part.every((t) => CAP.test(t.text)) && !isTitle(part[0]) : part.length >= 2 && part.every((t) => CAP.test(t.text));
  return { text: src.slice(part[0].start, part[part.length - 1].end), start: part[0].start, end: part[part.length - 1].end, named };
};

// Capitalised run starting at i: "Jens Stoltenberg", "Generalsekretär der Allianz".
const capitalRun = (tokens: Token[], i: number): Token[] => {
  const run: Token[] = [];
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j];
    if (isCap(t)) run.push(t);
    else if (GENITIVE.has(t.lower) && isCap(tokens[j + 1]) && run.length) run.push(t);
    else break;
    j++;
  }
  return run;
};

/** Noun phrase after a cue (inverted order): "sagte beispielsweise Carlo Masala". */
export const phraseAfter = (src: string, tokens: Token[], i: number): Phrase | null => {
  let j = i + 1;
  let skipped = 0;
  while (j < tokens.length && !isCap(tokens[j]) && !ARTICLES.has(tokens[j].lower) && skipped < 3) {
    if (PUNCT.test(tokens[j].text) || tokens[j].text === ',' || STOP.has(tokens[j].lower)) return null;
    j++;
    skipped++;
  }
  if (j < tokens.length && ARTICLES.has(tokens[j].lower)) j++;
  while (j < tokens.length && !isCap(tokens[j]) && /^\p{Ll}/u.test(tokens[j].text) && !STOP.has(tokens[j].lower) && skipped < 5) {
    j++;
    skipped++;
  }
  const run = capitalRun(tokens, j);
  if (!run.length) return null;
  const after = j + run.length;
  // Apposition: "der Generalsekretär der Allianz, Jens Stoltenberg".
  if (tokens[after]?.text === ',') {
    const name = capitalRun(tokens, after + 1).filter((t) => CAP.test(t.text));
    if (name.length >= 2) return toPhrase(src, name);
  }
  return toPhrase(src, run);
};

/** Noun phrase right before a cue (subject first): "Die Regierung erklärte", "Stoltenberg sagte". */
export const phraseBefore = (src: string, tokens: Token[], i: number): Phrase | null => {
  const run: Token[] = [];
  let j = i - 1;
  if (j >= 0 && SUBJECT_ADVERBS.has(tokens[j].lower)) j--;
  while (j >= 0 && isCap(tokens[j]) && run.length < 5) run.unshift(tokens[j--]);
  // "Im Interview sagte …": a prepositional phrase is not the subject.
  if (!run.length || (NON_NAMES.has(run[0].lower) && !ARTICLES.has(run[0].lower))) return null;
  if (j >= 0 && ARTICLES.has(tokens[j].lower)) j--;
  const atStart = j < 0 || tokens[j].text === ',' || PUNCT.test(tokens[j].text) || tokens[j].inQuote;
  const phrase = toPhrase(src, run);
  return phrase ? { ...phrase, atClauseStart: atStart } : null;
};
