import type { DateMention, Lang } from '../types';

/**
 * Date mentions inside text.slice(start, end), with absolute offsets into `text`.
 * Placeholder: full implementation follows.
 */
export function extractDates(text: string, start: number, end: number, lang: Lang): DateMention[] {
  void text;
  void start;
  void end;
  void lang;
  return [];
}
