import { z } from 'zod';

// The one validation layer for user text and ids. PostgreSQL refuses U+0000 in text (a 500 before
// this existed), and other control characters only hide content in the UI, so every string that
// reaches the database goes through one of these schemas and fails with a 400 naming the field.

// C0 and C1 controls except tab, line feed and carriage return; also lone UTF-16 surrogates,
// which cannot be stored as UTF-8.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u;

const printable = (s: string) => s.replace(/[\u0000-\u001F\u007F-\u009F]|\p{Cs}/gu, '?');

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `value` cannot be stored as text, or null when it can. */
export function findForbiddenCharacter(value: string): string | null {
  const m = FORBIDDEN.exec(value);
  if (!m) return null;
  const what = /\p{Cs}/u.test(m[0]) ? 'a broken character (lone surrogate)' : `the control character ${codePoint(m[0])}`;
  return `contains ${what} at position ${m.index + 1}, which is not allowed`;
}

const storable = (s: z.ZodString) =>
  s.check((ctx) => {
    const problem = findForbiddenCharacter(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

export type SafeTextOptions = { max: number; min?: number; tooShort?: string };

/** Trimmed text without control characters, at most `max` characters (and at least `min`). */
export function safeText({ max, min = 0, tooShort }: SafeTextOptions) {
  let s = z.string().trim();
  if (min > 0) s = s.min(min, tooShort ?? (min === 1 ? 'must not be empty' : `must be at least ${min} characters`));
  return storable(s.max(max, `is too long (at most ${max} characters)`));
}

/** Optional text: empty, null or missing becomes null. */
export function optionalSafeText(max: number) {
  return safeText({ max }).nullish().transform((v) => (v ? v : null));
}

/** A secret or other untrimmed value: no control characters, bounded length. */
export function safeSecret({ min, max, tooShort }: { min: number; max: number; tooShort?: string }) {
  return storable(z.string().min(min, tooShort ?? `must be at least ${min} characters`).max(max, `is too long (at most ${max} characters)`));
}

// Ids are cuids (rows), UUIDs (users) or lowercase slugs (concept groups): letters, digits, - and _.
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export const idSchema = z.string().trim().regex(ID, 'is not a valid id (letters, digits, - and _, at most 64)');

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

/** An absolute http: or https: URL, e.g. a document's original address. */
export const sourceUrlSchema = storable(z.string().trim().max(2000, 'is too long (at most 2000 characters)')).refine(isWebUrl, {
  error: (iss) => `must be an http:// or https:// address (got "${printable(String(iss.input).slice(0, 40))}")`,
});

export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** One line naming each failing field: `body: contains the control character U+0000 …`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
}

/** The failing fields as data, for REST error bodies: `[{ path: 'quantities.0.text', message }]`. */
export function issueList(issues: readonly z.core.$ZodIssue[]): { path: string; message: string }[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
