// npm run bench:corpus -- --docs N [--seed S] --out DIR: writes the scale corpus (scripts/bench/news-corpus.ts)
// as Markdown files plus DIR/manifest.json, ready for `claimscope import DIR --manifest DIR/manifest.json`.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { storylineCount, writeCorpus } from './bench/news-corpus.ts';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
const docs = Number(values.docs);
const seed = Number(values.seed);
if (!Number.isInteger(docs) || docs < 1 || docs > 1_000_000) {
  console.error('bench:corpus: --docs takes a whole number from 1 to 1000000');
  process.exit(2);
}
if (!Number.isInteger(seed)) {
  console.error('bench:corpus: --seed takes a whole number');
  process.exit(2);
}
if (!values.out) {
  console.error('bench:corpus: --out DIR is required (the folder to write the documents and manifest.json into)');
  process.exit(2);
}
const started = performance.now();
const { files, bytes, manifest } = writeCorpus(path.resolve(values.out), docs, seed);
const seconds = (performance.now() - started) / 1000;
console.log(`${files} documents (${(bytes / 1024 / 1024).toFixed(1)} MB, ${storylineCount(docs)} storylines, seed ${seed}) in ${seconds.toFixed(1)} s`);
console.log(`import with: npm run claimscope -- import ${values.out} --manifest ${path.relative(process.cwd(), manifest)}`);
