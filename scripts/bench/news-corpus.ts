// The scale corpus (`npm run bench:corpus`): deterministic German and English news-like documents
// of about 3 KB, each telling one episode of a recurring storyline (a measured thing whose number
// drifts over the years, quoted speakers, hedges, stances) padded with the benchmark's generic
// news sentences. Document i depends only on (seed, i), so any slice can be generated alone.
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../lib/engine/types.ts';
import { backgroundSentence } from './background.ts';
import { createRng, type Rng } from './rng.ts';
import { makeStoryline, storySentences, valueIn, type Storyline } from './storylines.ts';
import { GERMAN_SENTENCES } from './templates-de.ts';
import { ENGLISH_SENTENCES } from './templates-en.ts';

export type CorpusMeta = { title: string; language: Lang; published: string; outlet: string; kind: 'article' };
export type CorpusDocument = { name: string; text: string; meta: CorpusMeta };

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2025;
/** About this many documents per storyline: enough that topics recur across years and outlets. */
const DOCUMENTS_PER_STORYLINE = 200;
const TARGET_BYTES = 3_000;

const FILLER: Record<Lang, Array<(r: Rng) => string>> = { de: GERMAN_SENTENCES, en: ENGLISH_SENTENCES };

export function storylineCount(count: number): number {
  return Math.min(2_000, Math.max(10, Math.round(count / DOCUMENTS_PER_STORYLINE)));
}

/** The storylines of a corpus of `count` documents (half German, half English). */
export function storylines(count: number, seed: number): Storyline[] {
  const r = createRng(seed ^ 0x5eed);
  return Array.from({ length: storylineCount(count) }, (_, id) => makeStoryline(r, id, id % 2 === 0 ? 'de' : 'en'));
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

// Mostly long background sentences with a short news sentence now and then: about 20 claims per document.
function fillerParagraph(r: Rng, lang: Lang): string {
  return Array.from({ length: r.int(2, 3) }, () => (r.chance(0.25) ? r.pick(FILLER[lang])(r) : backgroundSentence(r, lang))).join(' ');
}

/** Document `index` of the corpus: the same (seed, index) always gives the same text. */
export function corpusDocument(index: number, seed: number, lines: Storyline[]): CorpusDocument {
  const r = createRng((seed * 1_000_003 + index * 7_919) >>> 0);
  const story = lines[index % lines.length];
  // Dates drawn uniformly over the years, so each storyline has episodes in most years.
  const day = r.int(0, (LAST_YEAR - FIRST_YEAR + 1) * 365 - 1);
  const date = new Date(Date.UTC(FIRST_YEAR, 0, 1 + day));
  const year = date.getUTCFullYear();
  const value = valueIn(story, year, FIRST_YEAR);
  const previous = year > FIRST_YEAR ? valueIn(story, year - 1, FIRST_YEAR) : null;
  const { title, lede, stance } = storySentences(r, story, value, previous, year);
  const blocks = [[...lede, r.pick(FILLER[story.lang])(r)].join(' '), fillerParagraph(r, story.lang), stance.join(' ')];
  let bytes = blocks.reduce((sum, b) => sum + Buffer.byteLength(b) + 2, 0);
  while (bytes < TARGET_BYTES) {
    const block = fillerParagraph(r, story.lang);
    // Fillers go before the closing stance paragraph, as a report's middle would.
    blocks.splice(blocks.length - 1, 0, block);
    bytes += Buffer.byteLength(block) + 2;
  }
  const published = date.toISOString().slice(0, 10);
  return {
    name: `news-${pad(index, 6)}.${story.lang}.md`,
    text: `${blocks.join('\n\n')}\n`,
    meta: { title: `${title} (${published})`, language: story.lang, published, outlet: story.outlet, kind: 'article' },
  };
}

/** Documents `from` … `from + count - 1` of a corpus of `total` documents. */
export function* corpusDocuments(count: number, seed = 1, from = 0, total = count): Generator<CorpusDocument> {
  const lines = storylines(total, seed);
  for (let i = from; i < from + count; i++) yield corpusDocument(i, seed, lines);
}

/**
 * Writes the corpus as DIR/news-NNNNNN.<lang>.md plus DIR/manifest.json (title, language,
 * published, outlet, kind per file: `claimscope import DIR --manifest DIR/manifest.json`).
 */
export function writeCorpus(dir: string, count: number, seed = 1): { files: number; bytes: number; manifest: string } {
  fs.mkdirSync(dir, { recursive: true });
  const entries: ({ file: string } & CorpusMeta & { datePrecision: 'day' })[] = [];
  let bytes = 0;
  for (const doc of corpusDocuments(count, seed)) {
    fs.writeFileSync(path.join(dir, doc.name), doc.text);
    bytes += Buffer.byteLength(doc.text);
    entries.push({ file: doc.name, ...doc.meta, datePrecision: 'day' });
  }
  const manifest = path.join(dir, 'manifest.json');
  fs.writeFileSync(manifest, JSON.stringify({ documents: entries }));
  return { files: entries.length, bytes, manifest };
}
