// German news-like JSON Lines input for the CLI benchmark, built deterministically from the
// repository's own German prose: the sample documents (data/samples/*.de.txt) and the German
// sides of the comparison pairs (tests/fixtures/compare-pairs/*/*.json). Paragraphs are drawn
// with a seeded PRNG until the target size is reached; no dataset files are read.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRng } from './rng.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MIN_PARAGRAPH_CHARS = 120;

type PairSide = { lang?: string; text?: string };
type Pair = { left?: PairSide; right?: PairSide };

const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    // Prose only: long enough, ends like a sentence, no markdown links or headings.
    .filter((p) => p.length >= MIN_PARAGRAPH_CHARS && /[.!?“"]$/.test(p) && !/^#|\]\(/.test(p));

function readSampleParagraphs(): string[] {
  const dir = path.join(ROOT, 'data/samples');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.de.txt'))
    .sort()
    .flatMap((name) => paragraphsOf(readFileSync(path.join(dir, name), 'utf8')));
}

function readPairParagraphs(): string[] {
  const base = path.join(ROOT, 'tests/fixtures/compare-pairs');
  const out: string[] = [];
  for (const set of readdirSync(base, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const dir = path.join(base, set);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      const pair = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Pair;
      for (const side of [pair.left, pair.right]) {
        if (side?.lang === 'de' && side.text) out.push(...paragraphsOf(side.text));
      }
    }
  }
  return out;
}

/** Every German prose paragraph the generator draws from, in a fixed order. */
export const readGermanParagraphs = (): string[] => [...readSampleParagraphs(), ...readPairParagraphs()];

export type NewsInput = { jsonl: string; texts: string[]; bytes: number; lines: number; pool: number };

/**
 * About `targetBytes` (UTF-8) of `{"id","text"}` lines, one German news paragraph per line.
 * Same seed, same input. Paragraphs are drawn with replacement and every tenth line joins two,
 * so line lengths vary like real paragraphs.
 */
export function generateGermanNewsJsonl(targetBytes: number, seed: number): NewsInput {
  const pool = readGermanParagraphs();
  const r = createRng(seed);
  const lines: string[] = [];
  const texts: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const text = r.chance(0.1) ? `${r.pick(pool)} ${r.pick(pool)}` : r.pick(pool);
    const line = JSON.stringify({ id: `p${lines.length + 1}`, text });
    lines.push(line);
    texts.push(text);
    bytes += Buffer.byteLength(line, 'utf8') + 1;
  }
  return { jsonl: `${lines.join('\n')}\n`, texts, bytes, lines: lines.length, pool: pool.length };
}
