import { createHash, randomBytes } from 'node:crypto';
import { requestPathHeader } from './access.ts';

// Personal API tokens: `cs_` + 32 random bytes in base64url. Only the SHA-256 of the secret is
// stored (a unique index finds it), and the first characters are kept to tell tokens apart.
// Pure helpers, shared by the services, lib/auth/auth.ts, proxy.ts and the tests.

export const apiTokenPrefix = 'cs_';
const secretPattern = /^cs_[A-Za-z0-9_-]{43}$/;
/** How many characters of the secret lists show (`cs_` and 7 more). */
export const shownPrefixLength = 10;

export type NewApiToken = { secret: string; tokenHash: string; prefix: string };

export function hashApiToken(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function generateApiToken(): NewApiToken {
  const secret = apiTokenPrefix + randomBytes(32).toString('base64url');
  return { secret, tokenHash: hashApiToken(secret), prefix: secret.slice(0, shownPrefixLength) };
}

export function isApiTokenFormat(value: string): boolean {
  return secretPattern.test(value);
}

/** The credential of an `Authorization: Bearer …` header, or null when there is none. */
export function bearerTokenOf(headers: Headers): string | null {
  const value = headers.get('authorization');
  const m = value ? /^Bearer[ \t]+(\S+)\s*$/i.exec(value) : null;
  return m ? m[1] : null;
}

export function isApiV1Path(path: string): boolean {
  return path === '/api/v1' || path.startsWith('/api/v1/');
}

/**
 * Whether a Bearer token may authenticate this request: only REST route handlers under /api/v1.
 * Server actions carry a Next-Action header; pages and actions carry the path proxy.ts sets
 * (x-claimscope-path, never a client's value). proxy.ts also removes Authorization from every
 * other request, so this is the second of two checks.
 */
export function acceptsBearer(headers: Headers): boolean {
  if (headers.has('next-action')) return false;
  const path = headers.get(requestPathHeader);
  return path === null || isApiV1Path(path.split('?')[0]);
}

/** How a token is shown in lists: its first characters and an ellipsis. */
export function displayPrefix(prefix: string): string {
  return `${prefix}…`;
}
