import type { Role } from './roles.ts';

// Who may read what. Private by default: every page needs an account. With public reading on
// (CLAIMSCOPE_PUBLIC_READ=1 or the workspace switch), signed-out visitors may read the "reading"
// area (documents, topics, comparisons); the "private" area (review queue, claim history, admin)
// always needs an account. E-mail addresses are shown to admins only.

export type ReadArea = 'reading' | 'private';

type Viewer = { role: Role } | null | undefined;

export function mayRead(viewer: Viewer, area: ReadArea, publicRead: boolean): boolean {
  if (viewer) return true;
  return area === 'reading' && publicRead;
}

export function canSeeEmails(viewer: Viewer): boolean {
  return viewer?.role === 'admin';
}

/** How a person is shown to this viewer: the e-mail for admins, otherwise the name only. */
export function personLabel(person: { name: string; email: string } | null | undefined, viewer: Viewer): string | null {
  if (!person) return null;
  if (canSeeEmails(viewer)) return person.email;
  return person.name.trim() || 'a user';
}

/** Where to send a signed-out visitor: /login, coming back to this same-origin path afterwards. */
export function loginPath(next: string | null | undefined): string {
  const safe = next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') && next !== '/' ? next : null;
  return safe ? `/login?next=${encodeURIComponent(safe)}` : '/login';
}

/** Set by proxy.ts: the path and query of the page being rendered, for the login redirect. */
export const requestPathHeader = 'x-claimscope-path';
