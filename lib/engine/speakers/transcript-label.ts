// Speaker labels of transcripts and interviews: „Andreas Jung (CDU/CSU):" on its own line (a
// parliamentary record: the turn runs until the next label) or "Maria Beck: Wir haben …" at a
// paragraph start (an interview answer: that paragraph). The label attributes what follows,
// first-person speech included.
import { FIRST_NAMES, isPersonTitle, NON_NAMES } from '../entities/gazetteer';
import { dropRoleWords } from './trailing-attribution';

export type TranscriptLabel = {
  speaker: string;
  /** The label as written, colon included ("Andreas Jung (CDU/CSU):"). */
  cue: string;
  /** The label ends its line: the turn continues over the following paragraphs. */
  alone: boolean;
};

const MAX_LABEL_WORDS = 5;
const NAME_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|von|van|de|zu|der)$/u;
// "Name (Partei):" / "Name (Rolle):": a short parenthesis right before the colon.
const LABEL = /^([^\s:()][^:()\n]{0,60}?)(?:\s\(([^()\n]{1,40})\))?:(?=\s|$)/u;
const ACADEMIC = /^(?:Dr\.|Prof\.)$/;

// Person-like: a known first name or a role word, or a party/role in parentheses. One word in
// capitals is a kicker ("BREAKING:"), not an interviewer.
// In an interview with several speakers, any two or three name-shaped words ("Jane Ruiz:") qualify.
const NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const MAX_LOOSE_WORDS = 3;
const isNameLabel = (words: string[], hasParenthesis: boolean, loose: boolean): boolean => {
  if (words.length > MAX_LABEL_WORDS || !words.every((w) => NAME_WORD.test(w)) || !/^\p{Lu}/u.test(words[0])) return false;
  if (NON_NAMES.has(words[0].toLowerCase())) return false;
  if (words.length === 1) return hasParenthesis;
  if (loose && words.length <= MAX_LOOSE_WORDS && words.every((w) => NAME_SHAPE.test(w) && !NON_NAMES.has(w.toLowerCase()))) return true;
  return hasParenthesis || words.some((w) => FIRST_NAMES.has(w.toLowerCase()) || isPersonTitle(w.toLowerCase().replace(/\.$/, '')));
};

/**
 * The speaker label opening a paragraph, or null. `text` is the document, `start` the paragraph's
 * first sentence; `loose` accepts any short name shape (for documents with several such labels).
 */
export const findTranscriptLabel = (text: string, start: number, end: number, loose = false): TranscriptLabel | null => {
  const head = text.slice(start, Math.min(end, start + 120));
  const m = LABEL.exec(head);
  if (!m) return null;
  const words = m[1].trim().split(/\s+/);
  if (!isNameLabel(words, m[2] !== undefined, loose)) return null;
  const speaker = dropRoleWords(words.filter((w) => !ACADEMIC.test(w)).join(' '));
  const from = start + m[0].length;
  const newline = text.indexOf('\n', from);
  const rest = text.slice(from, newline < 0 ? text.length : newline);
  return { speaker, cue: m[0], alone: rest.trim() === '' };
};
