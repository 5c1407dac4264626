// The polar words that mark an author's sentence subjective, read from the two small polarity
// files (data/lexicons/polarity-de.json, polarity-en.json; a few milliseconds) rather than the
// whole lexicon index, so `claimscope extract` stays quick to start. Loaded once per process.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { buildPolarWords, type PolarWords } from '../engine/extract/polar-words.ts';
import { AppError } from '../errors.ts';
import { lexiconDir } from './load.ts';

const polarityFileSchema = z.object({ source: z.string(), words: z.record(z.string(), z.number()) });
const globalForPolarWords = globalThis as unknown as { claimscopePolarWords?: PolarWords };

export function getPolarWords(dir?: string): PolarWords {
  if (globalForPolarWords.claimscopePolarWords) return globalForPolarWords.claimscopePolarWords;
  const folder = dir ?? lexiconDir();
  const read = (lang: 'de' | 'en') => {
    const file = path.join(folder, `polarity-${lang}.json`);
    const parsed = polarityFileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) throw new AppError('INTERNAL', `${file} is not a valid polarity file: ${parsed.error.issues[0]?.message}`);
    return parsed.data.words;
  };
  globalForPolarWords.claimscopePolarWords = buildPolarWords({ de: read('de'), en: read('en') });
  return globalForPolarWords.claimscopePolarWords;
}
