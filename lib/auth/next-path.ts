// Where to go after signing in. Only a same-origin path is accepted: browsers treat "//host"
// and "/\host" (also percent-encoded, also with tabs or newlines that they strip) as another
// site, so anything that is not plainly a path on this site falls back to "/".

const unsafe = [
  /^(?!\/)/, // must start with "/": no scheme, no relative path
  /^\/\//, // protocol-relative URL
  /\\/, // browsers read a backslash as a slash
  /%5c/i, // …also percent-encoded
  /%2f%2f|^\/%2f/i, // an encoded slash that would make "//"
  /[\u0000-\u001f\u007f-\u009f]/, // control characters (browsers drop tab/CR/LF, which could make "//")
  /%(0[0-9a-f]|1[0-9a-f]|7f)/i, // …also percent-encoded
];

export const maxNextPathLength = 2000;

/** `next` if it is a path on this site, else "/". */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > maxNextPathLength) return '/';
  if (unsafe.some((rule) => rule.test(next))) return '/';
  // Last check, the way a browser would resolve it: the result must stay on our origin.
  try {
    const base = 'http://claimscope.invalid';
    if (new URL(next, base).origin !== base) return '/';
  } catch {
    return '/';
  }
  return next;
}
