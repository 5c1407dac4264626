// Splits a document into blocks: paragraphs of running text, headings and list items.
// Blank lines always end a block; headings and list items are blocks of their own.
import { MONTHS } from './abbreviations';

export type BlockType = 'text' | 'heading' | 'list';

export type Block = { start: number; end: number; type: BlockType; paragraph: number };

type Line = { start: number; end: number };

const HEADING_MARK = /^[ \t]*#{1,6}[ \t]+/;
const LIST_MARK = /^[ \t]*(?:[-*•–]|\d{1,3}[.)])[ \t]+/;
const TERMINAL_END = /[.!?…:;"“”»«'’)]\s*$/;
const BLANK = /^\s*$/;
const WORD = /\S+/g;

const countWords = (s: string): number => (s.match(WORD) ?? []).length;

/** Shrinks [start, end) so it neither starts nor ends with whitespace. */
export const trimRange = (text: string, start: number, end: number): [number, number] => {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
};

const splitLines = (text: string): Line[] => {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, end: i });
      start = i + 1;
    }
  }
  return lines;
};

// "1. Januar 2020 begann …" starts with a date, not a list marker.
const isListItem = (line: string, marker: RegExpExecArray | null): boolean => {
  if (!marker) return false;
  const rest = line.slice(marker[0].length);
  const firstWord = (/^[\p{L}]+/u.exec(rest)?.[0] ?? '').toLowerCase();
  return !(/\d/.test(marker[0]) && MONTHS.has(firstWord));
};

// Posts and comments: emoji, hashtags or a lowercase start are never headings.
const SOCIAL = /\p{Extended_Pictographic}|(?:^|\s)#[\p{L}\p{N}_]|^\s*\p{Ll}/u;

// A shouted post ("THEY CLOSED THE LIBRARY AGAIN") is a statement: headlines in capitals rarely
// carry personal pronouns or auxiliaries.
const SHOUTED_CLAUSE = /\b(?:I|WE|THEY|YOU|HE|SHE|IS|ARE|WAS|WERE|HAS|HAVE|HAD|DID|DOES|ICH|WIR|IHR|ER|SIE|IST|SIND|WAR|HAT|HABEN)\b/;
const isShoutedClause = (line: string): boolean => line === line.toUpperCase() && /\p{Lu}{2}/u.test(line) && SHOUTED_CLAUSE.test(line);

const looksLikeHeading = (line: string, isAlone: boolean): boolean => {
  if (TERMINAL_END.test(line) || SOCIAL.test(line) || isShoutedClause(line)) return false;
  return countWords(line) <= (isAlone ? 12 : 8);
};

export const splitBlocks = (text: string): Block[] => {
  const blocks: Block[] = [];
  const lines = splitLines(text);
  let paragraph = 0;
  let flow: Line | null = null;
  const push = (start: number, end: number, type: BlockType) => {
    const [s, e] = trimRange(text, start, end);
    if (e > s) blocks.push({ start: s, end: e, type, paragraph });
  };
  const flush = () => {
    if (flow) push(flow.start, flow.end, 'text');
    flow = null;
  };
  for (let n = 0; n < lines.length; n++) {
    const { start, end } = lines[n];
    const line = text.slice(start, end);
    if (BLANK.test(line)) {
      flush();
      paragraph++;
      continue;
    }
    const heading = HEADING_MARK.exec(line);
    const list = LIST_MARK.exec(line);
    if (heading || isListItem(line, list)) {
      flush();
      const mark = (heading ?? list) as RegExpExecArray;
      push(start + mark[0].length, end, heading ? 'heading' : 'list');
      continue;
    }
    const next = n + 1 < lines.length ? text.slice(lines[n + 1].start, lines[n + 1].end) : '';
    if (!flow && looksLikeHeading(line, BLANK.test(next)) && (BLANK.test(next) || /^\s*\p{Lu}/u.test(next))) {
      push(start, end, 'heading');
      continue;
    }
    flow = flow ? { start: flow.start, end } : { start, end };
  }
  flush();
  return blocks;
};
