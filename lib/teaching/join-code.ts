import { randomInt } from 'node:crypto';

// Join codes are read off a projector and typed by students: no 0/O, 1/I/L, shown in two groups
// of four. 8 characters of a 31-letter alphabet is 8.5e11 codes, so guessing one is hopeless at
// the sign-in limiter's pace (the join form sits behind it).
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const joinCodeLength = 8;

export function createJoinCode(): string {
  return Array.from({ length: joinCodeLength }, () => alphabet[randomInt(alphabet.length)]).join('');
}

/** What the student typed, as stored: upper case, without spaces or dashes. */
export function normalizeJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** "ABCD-EFGH", for display. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
