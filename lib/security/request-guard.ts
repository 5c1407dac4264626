// Request-level refusals that must never reach a page as an exception (which Next.js answers
// with a bare 500): broken percent-escapes, control characters (NUL included) in the path or
// query, and server actions posted from another site. Pure, so proxy.ts and tests share it.

export type Refusal = { status: 400 | 403; code: 'BAD_INPUT' | 'FORBIDDEN'; message: string };

// C0 controls (NUL, tab, newline…) and DEL. Ids, slugs and filters never contain them.
const controlCharacter = /[\u0000-\u001f\u007f]/;

function decodeOrNull(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Checks the raw (still percent-encoded) path and query string of a request URL. */
export function checkAddress(rawPath: string, rawQuery: string): Refusal | null {
  const query = rawQuery.startsWith('?') ? rawQuery.slice(1) : rawQuery;
  const parts = [rawPath, ...query.split('&').flatMap((pair) => pair.split('=')).map((p) => p.replace(/\+/g, ' '))];
  for (const part of parts) {
    const decoded = decodeOrNull(part);
    if (decoded === null) return { status: 400, code: 'BAD_INPUT', message: 'The address contains a broken percent-escape (such as %E0%A4%A).' };
    if (controlCharacter.test(decoded)) return { status: 400, code: 'BAD_INPUT', message: 'The address contains a control character (such as %00).' };
  }
  return null;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * A server action (POST with a Next-Action header) must come from a page of this site. Next.js
 * refuses a foreign Origin too, but by throwing, which becomes a 500; this answers 403 first.
 */
export function checkServerActionOrigin(method: string, headers: Headers): Refusal | null {
  if (method !== 'POST' || !headers.has('next-action')) return null;
  const origin = headers.get('origin');
  if (!origin) return null; // same-origin fetches from old browsers; Next.js checks again
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  if (host && hostOf(origin) === host) return null;
  return { status: 403, code: 'FORBIDDEN', message: 'Cross-site requests are not allowed.' };
}
