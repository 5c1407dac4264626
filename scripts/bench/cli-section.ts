// The CLI part of `npm run bench:engine`: whole `claimscope extract --jsonl` runs on generated
// German news paragraphs, with and without language detection, start-up time, and
// Intl.Segmenter over the same texts as a reference.
import { cpus, loadavg } from 'node:os';
import { type CliRun, cliMegabytesPerSecond, measureJsonl, measureStartup } from './cli-run.ts';
import { MB } from './measure.ts';
import { generateGermanNewsJsonl } from './news-de.ts';

export const TARGET_CLI_MB_PER_SECOND = 2;
const STARTUP_RUNS = 5;

export type CliBenchmark = {
  input: { bytes: number; lines: number; pool: number; seed: number };
  detected: CliRun;
  german: CliRun;
  startupHelp: CliRun;
  startupEmpty: CliRun;
  intl: { bytes: number; seconds: number; cpuSeconds: number; sentences: number };
};

function measureIntlSegmenter(texts: string[]): CliBenchmark['intl'] {
  const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });
  let sentences = 0;
  let bytes = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const text of texts) {
    for (const segment of segmenter.segment(text)) if (segment.segment.trim() !== '') sentences += 1;
  }
  const cpu = process.cpuUsage(cpuStarted);
  const seconds = (performance.now() - started) / 1000;
  for (const text of texts) bytes += Buffer.byteLength(text, 'utf8');
  return { bytes, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, sentences };
}

export async function runCliBenchmark(mb: number, seed: number): Promise<CliBenchmark> {
  const input = generateGermanNewsJsonl(mb * MB, seed);
  // Start-up first: it also warms whatever the CLI caches on its first run.
  const startupHelp = await measureStartup(['--help'], STARTUP_RUNS);
  const startupEmpty = await measureStartup(['extract', '--jsonl'], STARTUP_RUNS);
  const detected = await measureJsonl(['extract', '--jsonl'], input.jsonl, input.lines);
  const german = await measureJsonl(['extract', '--jsonl', '--lang', 'de'], input.jsonl, input.lines);
  const intl = measureIntlSegmenter(input.texts);
  return {
    input: { bytes: input.bytes, lines: input.lines, pool: input.pool, seed },
    detected,
    german,
    startupHelp,
    startupEmpty,
    intl,
  };
}

const row = (name: string, mb: number, seconds: number, cpuSeconds: number | null): string => {
  const cpu = cpuSeconds === null ? '— | —' : `${cpuSeconds.toFixed(2)} | ${(mb / cpuSeconds).toFixed(2)}`;
  return `| ${name} | ${mb.toFixed(2)} | ${seconds.toFixed(2)} | ${(mb / seconds).toFixed(2)} | ${cpu} |`;
};
const cpuNote = (run: CliRun): string => (run.cpuSeconds === null ? '' : ` (CPU ${run.cpuSeconds.toFixed(2)} s)`);

export function formatCliBenchmark(b: CliBenchmark): string {
  const speed = cliMegabytesPerSecond(b.detected);
  const cpuSpeed = b.detected.cpuSeconds === null ? null : b.detected.inputBytes / MB / b.detected.cpuSeconds;
  return [
    `CLI end to end: ${(b.input.bytes / MB).toFixed(2)} MB of German news paragraphs as JSON Lines`,
    `(${b.input.lines.toLocaleString('en-US')} lines drawn from ${b.input.pool} paragraphs of data/samples and the compare pairs, seed ${b.input.seed});`,
    'each CLI run is one process (node bin/claimscope.js), start-up included; wall time, so other load counts',
    `(${cpus().length} cores, load average ${loadavg()[0].toFixed(2)} at the end` +
      `${loadavg()[0] > cpus().length ? ': the machine is busy, compare CPU seconds rather than wall time' : ''})\n`,
    '| run | MB | wall s | MB/s (wall) | CPU s | MB per CPU s |',
    '|---|---|---|---|---|---|',
    row('claimscope extract --jsonl (language detected)', b.detected.inputBytes / MB, b.detected.seconds, b.detected.cpuSeconds),
    row('claimscope extract --jsonl --lang de', b.german.inputBytes / MB, b.german.seconds, b.german.cpuSeconds),
    row("Intl.Segmenter('de') sentences, same texts, in-process", b.intl.bytes / MB, b.intl.seconds, b.intl.cpuSeconds),
    '',
    `start-up (median of ${STARTUP_RUNS}): claimscope --help ${b.startupHelp.seconds.toFixed(2)} s${cpuNote(b.startupHelp)}, ` +
      `extract --jsonl on empty input ${b.startupEmpty.seconds.toFixed(2)} s${cpuNote(b.startupEmpty)}`,
    `target ≥ ${TARGET_CLI_MB_PER_SECOND} MB/s for extract --jsonl with language detection: ` +
      `${speed >= TARGET_CLI_MB_PER_SECOND ? 'MET' : 'NOT MET'} (${speed.toFixed(2)} MB/s wall` +
      `${cpuSpeed === null ? '' : `, ${cpuSpeed.toFixed(2)} MB per CPU second`})`,
  ].join('\n');
}
