import { getSessionUser, type SessionUser } from '../auth/auth.ts';
import { readerFor } from '../actions/session.ts';
import { assertSameOrigin } from './request-body.ts';

// Who is calling a REST route: readers may be signed out under public reading; writers must
// be signed in (the policy table then decides by role, in runAction / authorize).

export function apiReader(request: Request): Promise<SessionUser | null> {
  return readerFor('reading', request.headers);
}

export async function apiWriter(request: Request): Promise<SessionUser | null> {
  assertSameOrigin(request);
  return getSessionUser(request.headers);
}
