// Snippets travel as plain text plus highlight ranges, never as markup: the UI escapes the text
// and builds <mark> elements from the ranges, so document text can never inject HTML.

export type Highlight = [start: number, end: number];
export type Snippet = { snippet: string; highlights: Highlight[] };

const MAX_PLAIN = 300;

/**
 * Turns text in which `startMark`/`endMark` enclose matches (ts_headline's output) into plain
 * text with [start, end) ranges. Runs of whitespace become one space (ranges follow); `restore`
 * maps stand-in characters back to what they replaced, one for one.
 */
export function parseMarkedSnippet(marked: string, startMark: string, endMark: string, restore: Record<string, string> = {}): Snippet {
  let text = '';
  const highlights: Highlight[] = [];
  let open: number | null = null;
  for (const ch of marked.trim()) {
    if (ch === startMark) {
      open ??= text.length;
    } else if (ch === endMark) {
      if (open !== null && text.length > open) highlights.push([open, text.length]);
      open = null;
    } else if (/\s/.test(ch)) {
      if (!text.endsWith(' ')) text += ' ';
    } else {
      text += restore[ch] ?? ch;
    }
  }
  if (open !== null && text.length > open) highlights.push([open, text.length]);
  return { snippet: text, highlights: mergeAdjacent(highlights.map(([s, e]) => trimRange(text, s, e))) };
}

/** A snippet of unmarked text: collapsed whitespace, cut at a word boundary with an ellipsis. */
export function plainSnippet(text: string, max = MAX_PLAIN): Snippet {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return { snippet: flat, highlights: [] };
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return { snippet: `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()} …`, highlights: [] };
}

function trimRange(text: string, start: number, end: number): Highlight {
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return [start, end];
}

/** ts_headline marks "Nato-Einsatz" word by word; neighbouring marks read better as one. */
function mergeAdjacent(ranges: Highlight[]): Highlight[] {
  const out: Highlight[] = [];
  for (const r of ranges.filter(([s, e]) => e > s)) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Splits a snippet into pieces for rendering: text outside and inside highlights, in order. */
export function snippetPieces({ snippet, highlights }: Snippet): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [s, e] of highlights) {
    if (s < at || e > snippet.length) continue;
    if (s > at) pieces.push({ text: snippet.slice(at, s), marked: false });
    pieces.push({ text: snippet.slice(s, e), marked: true });
    at = e;
  }
  if (at < snippet.length) pieces.push({ text: snippet.slice(at), marked: false });
  return pieces;
}
