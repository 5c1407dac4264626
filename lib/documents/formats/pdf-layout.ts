// Reading order for a PDF page's text items: lines by baseline, columns by empty vertical
// gutters, paragraphs by vertical gaps, line-end hyphens repaired. Pure, so it is testable
// without a PDF.

export type TextItem = { str: string; x: number; y: number; width: number; size: number };

type Segment = { text: string; x0: number; x1: number; y: number; size: number };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/** Items on one baseline, split where a horizontal gap is wide enough to be a gutter. */
function toSegments(items: TextItem[]): Segment[][] {
  // A hostile file can put text at NaN or 1e30; such items have no place on a page.
  const onPage = (i: TextItem) => [i.x, i.y, i.width, i.size].every((v) => Number.isFinite(v) && Math.abs(v) < 100_000) && i.size > 0;
  const sorted = items.filter((i) => i.str.trim() && onPage(i)).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextItem[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0].y - item.y) <= 0.4 * Math.min(line[0].size, item.size)) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => {
    const segments: Segment[] = [];
    for (const item of line.sort((a, b) => a.x - b.x)) {
      const last = segments.at(-1);
      const gap = last ? item.x - last.x1 : Infinity;
      if (last && gap <= 0.8 * item.size) {
        const space = gap > 0.15 * item.size && !/\s$/.test(last.text) && !/^\s/.test(item.str);
        last.text += (space ? ' ' : '') + item.str;
        last.x1 = Math.max(last.x1, item.x + item.width);
      } else segments.push({ text: item.str, x0: item.x, x1: item.x + item.width, y: item.y, size: item.size });
    }
    return segments;
  });
}

/**
 * x positions of column gutters: interior vertical strips that (almost) no segment crosses,
 * with text of at least three lines on both sides.
 */
function findGutters(lines: Segment[][]): number[] {
  const segments = lines.flat();
  if (lines.length < 6) return [];
  const minX = Math.floor(segments.reduce((m, s) => Math.min(m, s.x0), Infinity));
  const maxX = Math.ceil(segments.reduce((m, s) => Math.max(m, s.x1), -Infinity));
  if (maxX - minX > 20_000) return []; // no page is that wide; not worth a coverage map
  const cover = new Array<number>(Math.max(maxX - minX, 0)).fill(0);
  for (const s of segments) for (let x = Math.floor(s.x0) - minX; x < Math.ceil(s.x1) - minX; x++) cover[x]++;
  const tolerance = Math.max(1, Math.floor(lines.length * 0.05));
  const minWidth = Math.max(6, 0.8 * median(segments.map((s) => s.size)));
  const gutters: number[] = [];
  let start = -1;
  for (let x = 0; x <= cover.length; x++) {
    const open = x < cover.length && cover[x] <= tolerance;
    if (open && start < 0) start = x;
    if (!open && start >= 0) {
      const [a, b] = [start + minX, x + minX];
      const linesLeft = lines.filter((l) => l.some((s) => s.x1 <= a + 1)).length;
      const linesRight = lines.filter((l) => l.some((s) => s.x0 >= b - 1)).length;
      if (start > 0 && x < cover.length && b - a >= minWidth && linesLeft >= 3 && linesRight >= 3) gutters.push((a + b) / 2);
      start = -1;
    }
  }
  return gutters;
}

/** Segments in reading order: per band between full-width segments, column by column. */
function readingOrder(lines: Segment[][]): Segment[][] {
  const gutters = findGutters(lines);
  if (!gutters.length) return [lines.flatMap((l) => (l.length ? [mergeLine(l)] : []))];
  const blocks: Segment[][] = [];
  let columns: Segment[][] = gutters.map(() => []).concat([[]]);
  const flush = () => {
    blocks.push(...columns.filter((c) => c.length));
    columns = columns.map(() => []);
  };
  for (const line of lines) {
    for (const s of line) {
      const column = [-Infinity, ...gutters].findIndex((g, i) => s.x0 >= g && s.x1 <= (gutters[i] ?? Infinity));
      if (column < 0) {
        flush();
        blocks.push([s]);
      } else {
        const list = columns[column];
        const last = list.at(-1);
        // Pieces of one column on one baseline (a wide word gap) stay one line.
        if (last && Math.abs(last.y - s.y) < 0.4 * s.size) list[list.length - 1] = mergeLine([last, s]);
        else list.push(s);
      }
    }
  }
  flush();
  return blocks;
}

function mergeLine(segments: Segment[]): Segment {
  return segments.reduce((a, b) => ({ text: `${a.text} ${b.text}`, x0: Math.min(a.x0, b.x0), x1: Math.max(a.x1, b.x1), y: a.y, size: Math.max(a.size, b.size) }));
}

// Words after which a line-end hyphen is a suspended compound ("Bundes- und Landesmittel").
const CONJUNCTIONS = new Set(['und', 'oder', 'bzw', 'sowie', 'bis', 'noch', 'als', 'and', 'or', 'nor', 'to']);

/** Joins two lines of one paragraph, repairing a hyphenated line end. */
export function joinLines(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  if (/\u00AD$/.test(left)) return left.slice(0, -1) + right;
  if (/\p{L}[-\u2010]$/u.test(left)) {
    const next = /^[\p{L}.]+/u.exec(right)?.[0] ?? '';
    if (/^\p{Ll}/u.test(right) && !CONJUNCTIONS.has(next.replace(/\.$/, ''))) return left.slice(0, -1) + right;
    if (/^[\p{Lu}\p{N}]/u.test(right)) return left + right;
  }
  return `${left} ${right}`;
}

/** A block's lines as paragraphs, split where the gap, indent or type size shows a break. */
function toParagraphs(block: Segment[]): string[] {
  const gaps = block.slice(1).map((s, i) => block[i].y - s.y).filter((g) => g > 0);
  const size = median(block.map((s) => s.size)) || 10;
  // The usual distance between baselines; a few lines with large gaps do not make the norm.
  const spacing = gaps.length >= 2 ? Math.min(Math.max(median(gaps), 0.9 * size), 1.8 * size) : 1.2 * size;
  const left = block.reduce((m, s) => Math.min(m, s.x0), Infinity);
  const right = block.reduce((m, s) => Math.max(m, s.x1), -Infinity);
  const paragraphs: string[] = [];
  let current = '';
  block.forEach((s, i) => {
    const prev = block[i - 1];
    const isBreak =
      !prev ||
      prev.y - s.y > 1.4 * spacing ||
      prev.y - s.y < 0 ||
      Math.abs(prev.size - s.size) > 0.15 * s.size ||
      (s.x0 > left + s.size && prev.x0 <= left + s.size / 2) ||
      (prev.x1 < right - 4 * s.size && /[.!?:"”“»«]$/.test(prev.text.trim()));
    if (isBreak && current) {
      paragraphs.push(current);
      current = '';
    }
    current = current ? joinLines(current, s.text) : s.text.trim();
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

// A page number alone on a line ("3", "Seite 3 von 5", "Page 3 of 5").
const pageNumber = /^(?:(?:seite|page|s\.|p\.)\s*\d{1,4}(?:\s*(?:\/|von|of)\s*\d{1,4})?|\d{1,3}(?:\s*(?:\/|von|of)\s*\d{1,3})?|[-–]\s*\d{1,3}\s*[-–])$/i;

/**
 * True when paragraph b carries on a at a column or page end: a has no closing punctuation and
 * is no heading (those are short), and b starts with a letter.
 */
export function continues(a: string, b: string): boolean {
  return !/[.!?:;"”“»«)\]]$/.test(a) && (a.length > 60 || /^\p{Ll}/u.test(b)) && /^\p{L}/u.test(b);
}

/** Appends paragraphs, joining one that carries on the previous one across a column or page end. */
export function appendParagraphs(into: string[], next: string[]): string[] {
  for (const [i, p] of next.entries()) {
    const last = into.at(-1);
    if (i === 0 && last !== undefined && continues(last, p)) into[into.length - 1] = joinLines(last, p);
    else into.push(p);
  }
  return into;
}

/** One page's paragraphs, in reading order. */
export function layoutPage(items: TextItem[]): string[] {
  return readingOrder(toSegments(items)).reduce<string[]>((all, block) => {
    const paragraphs = toParagraphs(block).map((p) => p.replace(/[ \t]+/g, ' ').trim()).filter(Boolean);
    // Page numbers sit at a block's top or bottom (or make a block of their own).
    if (pageNumber.test(paragraphs[0] ?? '')) paragraphs.shift();
    if (pageNumber.test(paragraphs.at(-1) ?? '')) paragraphs.pop();
    return appendParagraphs(all, paragraphs);
  }, []);
}
