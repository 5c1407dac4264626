// Deterministic benchmark corpus: German and English documents of 20–50 KB composed from
// templates (headings, paragraphs of quotes, reported speech, numbers, hedges, comments).
import type { Lang } from '../../lib/engine/types.ts';
import { type Rng, createRng } from './rng.ts';
import { GERMAN_HEADINGS, GERMAN_SENTENCES } from './templates-de.ts';
import { ENGLISH_HEADINGS, ENGLISH_SENTENCES } from './templates-en.ts';

export type BenchDocument = { lang: Lang; text: string; bytes: number };

export type CorpusOptions = {
  /** Total size in bytes (UTF-8); the last document may overshoot by one paragraph. */
  targetBytes: number;
  seed?: number;
  minDocumentBytes?: number;
  maxDocumentBytes?: number;
};

const TEMPLATES = {
  de: { sentences: GERMAN_SENTENCES, headings: GERMAN_HEADINGS },
  en: { sentences: ENGLISH_SENTENCES, headings: ENGLISH_HEADINGS },
} as const;

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

function composeParagraph(r: Rng, lang: Lang): string {
  const sentences = TEMPLATES[lang].sentences;
  const count = r.int(2, 8);
  const parts: string[] = [];
  for (let i = 0; i < count; i += 1) parts.push(r.pick(sentences)(r));
  return parts.join(' ');
}

function composeDocument(r: Rng, lang: Lang, sizeBytes: number): BenchDocument {
  const { headings } = TEMPLATES[lang];
  const blocks: string[] = [headings[0](r)];
  let bytes = byteLength(blocks[0]);
  while (bytes < sizeBytes) {
    const block = r.chance(0.08) ? r.pick(headings)(r) : composeParagraph(r, lang);
    blocks.push(block);
    bytes += byteLength(block) + 2;
  }
  const text = blocks.join('\n\n');
  return { lang, text, bytes: byteLength(text) };
}

/** One document of about `sizeBytes` (UTF-8) in `lang`; same seed, same text. */
export function generateDocument(lang: Lang, sizeBytes: number, seed: number): BenchDocument {
  return composeDocument(createRng(seed), lang, sizeBytes);
}

/** Same options, same documents: the generator uses only the seeded PRNG. */
export function generateCorpus(options: CorpusOptions): BenchDocument[] {
  const r = createRng(options.seed ?? 20240514);
  const min = options.minDocumentBytes ?? 20_000;
  const max = options.maxDocumentBytes ?? 50_000;
  const documents: BenchDocument[] = [];
  let total = 0;
  while (total < options.targetBytes) {
    const lang: Lang = r.chance(0.5) ? 'de' : 'en';
    const size = Math.min(r.int(min, max), Math.max(1_000, options.targetBytes - total));
    const document = composeDocument(r, lang, size);
    documents.push(document);
    total += document.bytes;
  }
  return documents;
}

/** The first documents adding up to at least `bytes` (the whole corpus if it is smaller). */
export function takeSubset(documents: BenchDocument[], bytes: number): BenchDocument[] {
  const subset: BenchDocument[] = [];
  let total = 0;
  for (const document of documents) {
    if (total >= bytes) break;
    subset.push(document);
    total += document.bytes;
  }
  return subset;
}

export function totalBytes(documents: BenchDocument[]): number {
  return documents.reduce((sum, document) => sum + document.bytes, 0);
}
