import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getSessionUser, type SessionUser } from '../auth/auth.ts';
import { loginPath, mayRead, requestPathHeader, type ReadArea } from '../auth/access.ts';
import { hasRole, isStudent, type Role } from '../auth/roles.ts';
import { getPrisma } from '../db/client.ts';
import { isPublicReadEnabled } from '../services/workspace-settings.ts';
import { AppError } from '../errors.ts';

// Server-side role checks for server actions and route handlers. Never trust the UI to hide things.

// One session lookup per rendered request: the layout and the page both ask (React's cache is per
// request in server components and a plain call elsewhere).
const requestUser = cache(async (): Promise<SessionUser | null> => getSessionUser(await headers()));

export async function currentUser(): Promise<SessionUser | null> {
  return requestUser();
}

export async function requireRole(role: Role): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in first.');
  if (!hasRole(user.role, role)) throw new AppError('FORBIDDEN', `This needs the ${role} role; you are signed in as ${user.role}.`);
  return user;
}

/** The viewer if they may read this area (null = signed out under public reading); throws UNAUTHENTICATED otherwise. */
export async function readerFor(area: ReadArea, requestHeaders: Headers): Promise<SessionUser | null> {
  return readerOf(area, await getSessionUser(requestHeaders));
}

async function readerOf(area: ReadArea, user: SessionUser | null): Promise<SessionUser | null> {
  if (user && isStudent(user.role)) throw new AppError('FORBIDDEN', studentsOnlyMessage);
  if (user) return user;
  const publicRead = area === 'reading' && (await isPublicReadEnabled(await getPrisma()));
  if (mayRead(null, area, publicRead)) return null;
  throw new AppError('UNAUTHENTICATED', 'Please sign in first.');
}

/**
 * For pages: the viewer, or a redirect to /login. The proxy already turns cookie-less visitors
 * away; this is the real check (the session looked up in the database), run by every page.
 */
export async function requireReader(area: ReadArea): Promise<SessionUser | null> {
  const h = await headers();
  try {
    return await readerOf(area, await requestUser());
  } catch (e) {
    if (e instanceof AppError && e.code === 'UNAUTHENTICATED') redirect(loginPath(h.get(requestPathHeader)));
    if (e instanceof AppError && e.code === 'FORBIDDEN') redirect('/classes'); // a student: their classes are all they read
    throw e;
  }
}

// Students read their classes' exercises and their own work, nothing else (docs/teaching.md).
const studentsOnlyMessage = 'Student accounts see only their classes and their own work.';

/** For teaching pages: any signed-in user (students included), or a redirect to /login. */
export async function requireSignedIn(): Promise<SessionUser> {
  const user = await requestUser();
  if (!user) redirect(loginPath((await headers()).get(requestPathHeader)));
  return user;
}
