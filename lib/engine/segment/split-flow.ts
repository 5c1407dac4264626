// Finds sentence ends inside one block of running text. A break needs terminal punctuation,
// then optional closing marks and footnote digits, then whitespace and a non-lowercase start.
import type { Lang } from '../types';
import { ABBREVIATIONS, MONTHS, NUMERIC_ABBREVIATIONS, ORDINAL_TRIGGERS } from './abbreviations';

export type FlowSentence = { start: number; end: number; footnote: string | null };

const TERMINAL = new Set(['.', '!', '?', '…']);
const TERMINAL_RE = /[.!?…]/g;
const CLOSERS = new Set(['"', '“', '”', '’', "'", '»', '«', ')', ']', '‘']);
const SUPERSCRIPT = /[¹²³⁴⁵⁶⁷⁸⁹⁰]/;
const DIGIT = /[0-9]/;
const SPACE = /\s/;
const LOWER = /\p{Ll}/u;
const LETTER = /[\p{L}\p{N}]/u;
const LETTER_ONLY = /\p{L}/u;
const LINK = /\[[^\]\n]{0,300}\]\([^)\s]{0,500}\)/g;

const wordBefore = (text: string, i: number, from: number): string => {
  let s = i;
  while (s > from && (LETTER.test(text[s - 1]) || (text[s - 1] === '.' && s - 1 > from && LETTER.test(text[s - 2])))) s--;
  return text.slice(s, i);
};

const wordAfter = (text: string, i: number, to: number): string => {
  let e = i;
  while (e < to && LETTER.test(text[e])) e++;
  return text.slice(i, e);
};

const previousWord = (text: string, i: number, from: number): string => {
  let e = i;
  while (e > from && SPACE.test(text[e - 1])) e--;
  return wordBefore(text, e, from);
};

// A period after an abbreviation, an initial or an ordinal number does not end the sentence.
const isNonFinalPeriod = (text: string, i: number, from: number, nextWord: string, lang: Lang): boolean => {
  const word = wordBefore(text, i, from);
  const lower = word.toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(lower)) return true;
  if (/^\p{L}$/u.test(word)) return true;
  if (NUMERIC_ABBREVIATIONS.has(lower) && /^\d/.test(nextWord)) return true;
  if (/^\d{1,2}$/.test(word)) {
    const before = previousWord(text, i - word.length, from).toLowerCase();
    return MONTHS.has(nextWord.toLowerCase()) || (lang === 'de' && ORDINAL_TRIGGERS.has(before));
  }
  return false;
};

const linkRanges = (text: string, from: number, to: number): Array<[number, number]> => {
  const ranges: Array<[number, number]> = [];
  const slice = text.slice(from, to);
  if (!slice.includes('](')) return ranges;
  for (const m of slice.matchAll(LINK)) ranges.push([from + m.index, from + m.index + m[0].length]);
  return ranges;
};

type Boundary = { end: number; resume: number; footnote: string | null };

// Reads terminal punctuation at i; returns where the sentence ends and the next one may start.
const readBoundary = (text: string, i: number, to: number): Boundary | null => {
  let j = i;
  while (j < to && (TERMINAL.has(text[j]) || text[j] === '.')) j++;
  while (j < to && CLOSERS.has(text[j])) j++;
  const end = j;
  let f = j;
  while (f < to && SUPERSCRIPT.test(text[f])) f++;
  // Digits glued after "word." or "word.”" are footnote markers; after a digit they are decimals.
  const afterWord = i > 0 && (LETTER_ONLY.test(text[i - 1]) || CLOSERS.has(text[i - 1]) || j > i + 1);
  if (f === j && text[i] === '.' && afterWord) while (f < to && f - j < 3 && DIGIT.test(text[f])) f++;
  if (f < to && !SPACE.test(text[f])) return null;
  let resume = f;
  while (resume < to && SPACE.test(text[resume])) resume++;
  return { end, resume, footnote: f > j ? text.slice(j, f) : null };
};

export const splitFlow = (text: string, from: number, to: number, lang: Lang): FlowSentence[] => {
  const out: FlowSentence[] = [];
  const links = linkRanges(text, from, to);
  let start = from;
  let link = 0;
  TERMINAL_RE.lastIndex = from;
  for (let m = TERMINAL_RE.exec(text); m && m.index < to; m = TERMINAL_RE.exec(text)) {
    const i = m.index;
    while (link < links.length && links[link][1] <= i) link++;
    if (link < links.length && links[link][0] <= i) continue;
    const b = readBoundary(text, i, to);
    if (!b) continue;
    if (b.resume < to) {
      const next = text[b.resume];
      if (LOWER.test(next) || next === ',' || next === ';') continue;
      if (text[i] === '.' && isNonFinalPeriod(text, i, from, wordAfter(text, b.resume, to), lang)) continue;
    }
    out.push({ start, end: b.end, footnote: b.footnote });
    start = b.resume;
    TERMINAL_RE.lastIndex = Math.max(i + 1, b.resume);
  }
  if (start < to) out.push({ start, end: to, footnote: null });
  return out;
};
