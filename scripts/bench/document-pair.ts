// A pair of related generated documents for the comparison benchmark.
import { generateDocument } from './corpus.ts';
import { createRng } from './rng.ts';

/** Shifts the first number of two or more digits by 5–20 %, so the pair's values differ there. */
function nudgeNumber(text: string, factor: number): string {
  return text.replace(/\d{2,}/, (m) => String(Math.round(Number(m) * factor)));
}

/**
 * Two German news-like texts about the same events: B keeps most of A's paragraphs (same subjects
 * and numbers), shifts a number in some, replaces some with paragraphs from the next seed and drops
 * a few. Deterministic for a seed.
 */
export function documentPair(bytes: number, seed: number): [string, string] {
  const a = generateDocument('de', bytes, seed).text;
  const blocks = a.split('\n\n');
  const others = generateDocument('de', bytes, seed + 1).text.split('\n\n');
  const r = createRng(seed ^ 0x5eed);
  const b = [blocks[0]];
  let next = 1;
  for (const block of blocks.slice(1)) {
    const roll = r.next();
    if (roll < 0.6) b.push(block);
    else if (roll < 0.75) b.push(nudgeNumber(block, 1 + r.int(5, 20) / 100));
    else if (roll < 0.9) b.push(others[next++ % others.length]);
  }
  // Top B up to the target size with further paragraphs of the sibling seed.
  while (Buffer.byteLength(b.join('\n\n'), 'utf8') < bytes) b.push(others[next++ % others.length]);
  return [a, b.join('\n\n')];
}
