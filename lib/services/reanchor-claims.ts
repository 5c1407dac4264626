// Finds a claim's quote again after its document's text changed. Pure: no database.

export type AnchoredClaim = { id: string; text: string; start: number; end: number; prefix: string; suffix: string };
export type Reanchored =
  | { id: string; found: true; start: number; end: number; prefix: string; suffix: string; moved: boolean }
  | { id: string; found: false };

const CONTEXT = 32;

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** How many characters of the stored context still surround the candidate (0 … 2×32). */
function contextScore(text: string, at: number, claim: AnchoredClaim): number {
  let score = 0;
  const before = text.slice(Math.max(0, at - claim.prefix.length), at);
  for (let i = 1; i <= Math.min(before.length, claim.prefix.length) && before.at(-i) === claim.prefix.at(-i); i++) score++;
  const after = text.slice(at + claim.text.length, at + claim.text.length + claim.suffix.length);
  for (let i = 0; i < Math.min(after.length, claim.suffix.length) && after[i] === claim.suffix[i]; i++) score++;
  return score;
}

/**
 * Re-finds one quote in the new text: an exact match of the quote; when it occurs more than
 * once, the occurrence nearest the old offset, with the stored prefix/suffix breaking ties
 * before distance does (an insertion earlier in the text shifts every offset, while the
 * surrounding words usually stay). No exact match means the claim is an orphan.
 */
export function reanchorClaim(claim: AnchoredClaim, text: string): Reanchored {
  const candidates = claim.text ? occurrences(text, claim.text) : [];
  if (candidates.length === 0) return { id: claim.id, found: false };
  const ranked = candidates
    .map((at) => ({ at, context: contextScore(text, at, claim), distance: Math.abs(at - claim.start) }))
    .sort((a, b) => b.context - a.context || a.distance - b.distance);
  const start = ranked[0].at;
  const end = start + claim.text.length;
  return {
    id: claim.id,
    found: true,
    start,
    end,
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
    moved: start !== claim.start || end !== claim.end,
  };
}

export function reanchorClaims(claims: AnchoredClaim[], text: string): Reanchored[] {
  return claims.map((c) => reanchorClaim(c, text));
}
