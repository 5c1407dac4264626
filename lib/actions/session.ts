import { headers } from 'next/headers';
import { getSessionUser, type SessionUser } from '../auth/auth.ts';
import { hasRole, type Role } from '../auth/roles.ts';
import { AppError } from '../errors.ts';

// Server-side role checks for server actions and route handlers. Never trust the UI to hide things.

export async function currentUser(): Promise<SessionUser | null> {
  return getSessionUser(await headers());
}

export async function requireRole(role: Role): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in first.');
  if (!hasRole(user.role, role)) throw new AppError('FORBIDDEN', `This needs the ${role} role; you are signed in as ${user.role}.`);
  return user;
}
