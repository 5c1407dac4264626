// Loads the shipped lexicon index (data/lexicons/lexicon-index.json, built by
// `npm run lexicons:build`) once per process. Nothing is fetched at run time.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { buildResources, type LexicalResources } from '../engine/lexical/resources.ts';
import type { LexiconIndex } from '../engine/lexical/types.ts';
import { AppError } from '../errors.ts';

export const LEXICON_INDEX = 'lexicon-index.json';

const isPlainObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

// Top-level shape only: the file is large and produced by our own build script.
const indexSchema = z.object({
  version: z.literal(1),
  sources: z.array(z.string()),
  stopwords: z.object({ de: z.array(z.string()), en: z.array(z.string()) }),
  knownDe: z.array(z.string()),
  translations: z.custom<object>(isPlainObject),
  synonyms: z.object({ de: z.custom<object>(isPlainObject), en: z.custom<object>(isPlainObject) }),
  englishNounSynsets: z.tuple([z.number(), z.number()]),
  antonyms: z.array(z.tuple([z.string(), z.string()])),
  polarity: z.object({ de: z.custom<object>(isPlainObject), en: z.custom<object>(isPlainObject) }),
  nounClasses: z.record(z.string(), z.object({ de: z.array(z.string()), en: z.array(z.string()), deWords: z.array(z.string()).optional() })),
});

/** The folder with the lexicon files: the project root's data/lexicons (server, CLI and scripts run there). */
export function lexiconDir(): string {
  const here = path.dirname(new URL(import.meta.url).pathname);
  // From lib/lexicons/ (tsx) or from the CLI bundle in .cache/ one level below the root.
  const candidates = [path.resolve(process.cwd(), 'data/lexicons'), path.resolve(here, '../../data/lexicons'), path.resolve(here, '../data/lexicons')];
  const found = candidates.find((d) => fs.existsSync(path.join(d, LEXICON_INDEX)));
  if (!found) throw new AppError('INTERNAL', `Lexical resources not found (looked for ${LEXICON_INDEX} in ${candidates.join(', ')}); run npm run lexicons:build`);
  return found;
}

export function loadLexiconIndex(dir = lexiconDir()): LexiconIndex {
  const file = path.join(dir, LEXICON_INDEX);
  const parsed = indexSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new AppError('INTERNAL', `${file} is not a valid lexicon index: ${parsed.error.issues[0]?.message}`);
  return parsed.data as LexiconIndex;
}

const globalForLexicon = globalThis as unknown as { claimscopeLexicon?: LexicalResources };

/** The indexed resources, loaded on first use and kept for the process. */
export function getLexicalResources(): LexicalResources {
  globalForLexicon.claimscopeLexicon ??= buildResources(loadLexiconIndex());
  return globalForLexicon.claimscopeLexicon;
}
