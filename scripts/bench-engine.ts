// Engine throughput benchmark on a generated DE/EN corpus, single thread (one core), then the
// whole CLI (`claimscope extract --jsonl`, start-up included) on generated German news paragraphs.
// Usage: npm run bench:engine -- [--part all|engine|cli] [--mb 20] [--cli-mb 8] [--compromise-mb 2]
//        [--seed 20240514] [--json]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeResults } from './bench/results.ts';
import nlp from 'compromise';
import { extractClaims, segmentSentences } from '../lib/engine/index.ts';
import { formatCliBenchmark, runCliBenchmark, TARGET_CLI_MB_PER_SECOND } from './bench/cli-section.ts';
import { cliMegabytesPerSecond } from './bench/cli-run.ts';
import { type BenchDocument, generateCorpus, takeSubset, totalBytes } from './bench/corpus.ts';
import {
  MB,
  type Measurement,
  formatMeasurement,
  formatRatio,
  measurePass,
  megabytesPerSecond,
  readPeakRssBytes,
} from './bench/measure.ts';

const TARGET_MB_PER_SECOND = 1;
const MIN_COMPROMISE_MB = 2;

const PARTS = ['all', 'engine', 'cli'] as const;
type Part = (typeof PARTS)[number];
type Options = { part: Part; mb: number; cliMb: number; compromiseMb: number; seed: number; json: boolean };

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      part: { type: 'string', default: 'all' },
      mb: { type: 'string', default: '20' },
      'cli-mb': { type: 'string', default: '8' },
      'compromise-mb': { type: 'string', default: String(MIN_COMPROMISE_MB) },
      seed: { type: 'string', default: '20240514' },
      json: { type: 'boolean', default: false },
    },
  });
  const mb = Number(values.mb);
  const compromiseMb = Number(values['compromise-mb']);
  const cliMb = Number(values['cli-mb']);
  const seed = Number(values.seed);
  const part = PARTS.find((p) => p === values.part);
  if (!part || !(mb > 0) || !(cliMb > 0) || !(compromiseMb > 0) || !Number.isInteger(seed)) {
    console.error('usage: bench-engine [--part all|engine|cli] [--mb N>0] [--cli-mb N>0] [--compromise-mb N>0] [--seed integer] [--json]');
    process.exit(2);
  }
  return { part, mb, cliMb, compromiseMb: Math.min(compromiseMb, mb), seed, json: values.json ?? false };
}

const segmenters = {
  de: new Intl.Segmenter('de', { granularity: 'sentence' }),
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
};

function countIntlSentences(document: BenchDocument): number {
  let count = 0;
  for (const segment of segmenters[document.lang].segment(document.text)) {
    if (segment.segment.trim() !== '') count += 1;
  }
  return count;
}

const countClaims = (document: BenchDocument): number =>
  extractClaims(document.text, { lang: document.lang }).claims.length;
const countEngineSentences = (document: BenchDocument): number => segmentSentences(document.text, document.lang).length;
const countCompromiseSentences = (document: BenchDocument): number =>
  (nlp(document.text).sentences().out('array') as string[]).length;

function runBenchmark(options: Options) {
  const generationStarted = performance.now();
  const corpus = generateCorpus({ targetBytes: options.mb * MB, seed: options.seed });
  const generationSeconds = (performance.now() - generationStarted) / 1000;
  const compromiseSubset = takeSubset(corpus, options.compromiseMb * MB);
  // Warm-up (JIT, lazy tables) on one document, outside the timed passes.
  countClaims(corpus[0]);
  countCompromiseSentences(corpus[0]);
  const extraction = measurePass('extractClaims (full extraction)', 'claims', corpus, countClaims);
  const engineSegmentation = measurePass('segmentSentences (engine)', 'sentences', corpus, countEngineSentences);
  const intl = measurePass('Intl.Segmenter (sentence)', 'sentences', corpus, countIntlSentences);
  const compromise = measurePass('compromise sentences()', 'sentences', compromiseSubset, countCompromiseSentences);
  return { corpus, generationSeconds, extraction, engineSegmentation, intl, compromise };
}

function describeCorpus(corpus: BenchDocument[], seed: number, seconds: number): string {
  const german = corpus.filter((document) => document.lang === 'de');
  const sizes = corpus.map((document) => document.bytes);
  return [
    `corpus: ${(totalBytes(corpus) / MB).toFixed(2)} MB in ${corpus.length} documents (${german.length} de, ${corpus.length - german.length} en),`,
    `        ${(Math.min(...sizes) / 1000).toFixed(1)}–${(Math.max(...sizes) / 1000).toFixed(1)} KB each, seed ${seed}, generated in ${seconds.toFixed(2)} s`,
  ].join('\n');
}

type EngineResult = ReturnType<typeof runBenchmark>;

function engineJson(result: EngineResult, seed: number) {
  const { extraction, engineSegmentation, intl, compromise } = result;
  const extractionSpeed = megabytesPerSecond(extraction);
  const row = (m: Measurement) => ({ ...m, mbPerSecond: megabytesPerSecond(m) });
  return {
    corpus: { bytes: totalBytes(result.corpus), documents: result.corpus.length, seed },
    extraction: row(extraction),
    engineSegmentation: row(engineSegmentation),
    intlSegmenter: row(intl),
    compromise: row(compromise),
    ratios: {
      intlOverExtraction: megabytesPerSecond(intl) / extractionSpeed,
      extractionOverCompromise: extractionSpeed / megabytesPerSecond(compromise),
    },
    peakRssBytes: readPeakRssBytes(),
    target: { mbPerSecond: TARGET_MB_PER_SECOND, met: extractionSpeed >= TARGET_MB_PER_SECOND },
  };
}

function printEngine(result: EngineResult, seed: number): void {
  const { extraction, engineSegmentation, intl, compromise } = result;
  const extractionSpeed = megabytesPerSecond(extraction);
  console.log(describeCorpus(result.corpus, seed, result.generationSeconds));
  console.log('single thread on one core (main thread, no workers); one timed pass each, after a one-document warm-up\n');
  for (const measurement of [extraction, engineSegmentation, intl, compromise]) {
    console.log(formatMeasurement(measurement));
  }
  console.log(`(compromise is slow: measured on a ${(compromise.bytes / MB).toFixed(2)} MB subset, the first ${compromise.documents} documents)\n`);
  console.log(formatRatio(extraction, intl));
  console.log(formatRatio(extraction, compromise));
  console.log(formatRatio(engineSegmentation, intl));
  console.log(`\npeak RSS: ${(readPeakRssBytes() / MB).toFixed(0)} MB (after extraction ${(extraction.peakRssBytes / MB).toFixed(0)} MB)`);
  console.log(
    `target ≥ ${TARGET_MB_PER_SECOND} MB/s for full extraction: ${extractionSpeed >= TARGET_MB_PER_SECOND ? 'MET' : 'NOT MET'} (${extractionSpeed.toFixed(2)} MB/s)`,
  );
}

async function main(): Promise<void> {
  const options = readOptions();
  const engine = options.part === 'cli' ? null : runBenchmark(options);
  if (engine && !options.json) printEngine(engine, options.seed);
  if (engine && !options.json && options.part === 'all') console.log('');
  const cli = options.part === 'engine' ? null : await runCliBenchmark(options.cliMb, options.seed);
  if (cli && !options.json) console.log(formatCliBenchmark(cli));
  const cliJson = cli && {
    ...cli,
    mbPerSecond: { detected: cliMegabytesPerSecond(cli.detected), german: cliMegabytesPerSecond(cli.german), intlSegmenter: cli.intl.bytes / MB / cli.intl.seconds },
    target: { mbPerSecond: TARGET_CLI_MB_PER_SECOND, met: cliMegabytesPerSecond(cli.detected) >= TARGET_CLI_MB_PER_SECOND },
  };
  const figures = { ...(engine ? engineJson(engine, options.seed) : {}), ...(cliJson ? { cli: cliJson } : {}) };
  const file = writeResults('engine', figures);
  if (options.json) console.log(JSON.stringify(figures, null, 2));
  else console.log(`\nwritten: ${path.relative(process.cwd(), file)}`);
}

await main();
