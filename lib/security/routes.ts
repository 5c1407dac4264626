import type { ReadArea } from '../auth/access.ts';

// Which area a path belongs to (lib/auth/access.ts): "public" needs no account ever; "reading"
// is open to signed-out visitors when public reading is on; everything else is "private".

export type PathArea = 'public' | ReadArea;

// The OpenAPI document and its reference page describe the API and hold no data.
const publicPaths = [/^\/login\/?$/, /^\/join\/?$/, /^\/api\/auth(\/|$)/, /^\/api\/openapi\.json$/, /^\/api\/docs\/?$/, /^\/favicon\.ico$/, /^\/_next\//];
const readingPaths = [/^\/$/, /^\/documents(\/|$)/, /^\/topics(\/|$)/, /^\/compare\/?$/, /^\/api\/v1\/comparisons\/?$/, /^\/search\/?$/, /^\/api\/v1\/search\/?$/,
  // REST reads of the same content; writes check the session and role themselves.
  /^\/api\/v1\/(documents|claims|quantities|topics|links)(\/[^/]+)?\/?$/];

export function areaOf(path: string): PathArea {
  if (publicPaths.some((re) => re.test(path))) return 'public';
  if (readingPaths.some((re) => re.test(path))) return 'reading';
  return 'private';
}

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** better-auth's session cookie, with the __Secure- prefix it uses over HTTPS. */
export const sessionCookieNames = ['better-auth.session_token', '__Secure-better-auth.session_token'];
