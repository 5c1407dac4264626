// Splits a document into paragraphs and each paragraph into pieces of plain text and claim text.
// Overlapping claims are allowed: each piece belongs to the shortest claim covering it, so a
// nested human claim stays clickable inside a longer automatic one.

export type Span = { id: string; start: number; end: number };
export type Piece = { start: number; end: number; claimId: string | null; opensClaim: boolean };
export type Paragraph = { start: number; end: number; pieces: Piece[] };

export function splitParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const gap = /\n\s*\n/g;
  let start = 0;
  for (let m = gap.exec(text); m; m = gap.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.filter((p) => text.slice(p.start, p.end).trim());
}

function ownerAt(spans: Span[], from: number, to: number): Span | null {
  let best: Span | null = null;
  for (const s of spans) {
    if (s.start <= from && s.end >= to && (!best || s.end - s.start < best.end - best.start)) best = s;
  }
  return best;
}

export function buildParagraphs(text: string, spans: Span[]): Paragraph[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const opened = new Set<string>();
  return splitParagraphs(text).map((p) => {
    const cuts = new Set([p.start, p.end]);
    for (const s of valid) {
      if (s.start > p.start && s.start < p.end) cuts.add(s.start);
      if (s.end > p.start && s.end < p.end) cuts.add(s.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: Piece[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const owner = ownerAt(valid, points[i], points[i + 1]);
      const prev = pieces.at(-1);
      if (prev && prev.claimId === (owner?.id ?? null)) {
        prev.end = points[i + 1];
        continue;
      }
      const opensClaim = owner !== null && !opened.has(owner.id);
      if (owner) opened.add(owner.id);
      pieces.push({ start: points[i], end: points[i + 1], claimId: owner?.id ?? null, opensClaim });
    }
    return { ...p, pieces };
  });
}

/** Document offset of a DOM selection boundary inside a piece marked with data-o. */
export function offsetOf(node: Node, offset: number): number | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = el?.closest<HTMLElement>('[data-o]');
  if (!piece) return null;
  if (node.nodeType !== Node.TEXT_NODE) return Number(piece.dataset.o) + (offset > 0 ? (piece.textContent ?? '').length : 0);
  return Number(piece.dataset.o) + offset;
}
