import type { Lang, Quantity } from '../types';

/**
 * Quantities inside text.slice(start, end), with absolute offsets into `text`.
 * Placeholder: full implementation follows.
 */
export function extractQuantities(text: string, start: number, end: number, lang: Lang): Quantity[] {
  void text;
  void start;
  void end;
  void lang;
  return [];
}
