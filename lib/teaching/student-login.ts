import { z } from 'zod';

// Students sign up with a user name, no e-mail. better-auth keys accounts by e-mail, so a student
// gets an address under the reserved .invalid domain (RFC 2606: never delivered anywhere) and the
// sign-in form accepts the bare user name for it.
export const studentEmailDomain = 'students.claimscope.invalid';

export const studentNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, 'must be 3–32 letters, digits, dots, dashes or underscores');

export function studentEmail(userName: string): string {
  return `${userName.toLowerCase()}@${studentEmailDomain}`;
}

/** The e-mail to sign in with: the input itself, or a student's address for a bare user name. */
export function signInEmailFor(login: string): string | null {
  const trimmed = login.trim();
  if (trimmed.includes('@')) return trimmed;
  const name = studentNameSchema.safeParse(trimmed);
  return name.success ? studentEmail(name.data) : null;
}
