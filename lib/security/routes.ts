import type { ReadArea } from '../auth/access.ts';

// Which area a path belongs to (lib/auth/access.ts): "public" needs no account ever; "reading"
// is open to signed-out visitors when public reading is on; everything else is "private".

export type PathArea = 'public' | ReadArea;

// The OpenAPI document and its reference page describe the API and hold no data; the files of
// public/ (icons, the Open Graph image, the web manifest) are what link previews and browsers
// fetch without a session.
const publicAssets = /^\/(favicon\.ico|icon\.svg|icon-\d+\.png|apple-touch-icon\.png|og-image\.png|manifest\.webmanifest)$/;
const publicPaths = [publicAssets, /^\/login\/?$/, /^\/join\/?$/, /^\/api\/auth(\/|$)/, /^\/api\/openapi\.json$/, /^\/api\/docs\/?$/, /^\/_next\//];
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
