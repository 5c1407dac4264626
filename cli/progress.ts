import type { Writable } from 'node:stream';
import { SingleBar } from 'cli-progress';
import { formatDuration, formatRate, ImportProgress } from '../lib/services/import-progress.ts';

// Progress of a long import on stderr: a bar on a terminal, else (logs, pipes, tests) a plain
// line every 5 % of the files or every 5 seconds, whichever comes first (with timeOnly: every
// 5 seconds, so a short pass prints nothing before the messages that matter).

export type ProgressReporter = { update: (progress: ImportProgress) => void; stop: () => void };

const PLAIN_EVERY_MS = 5000;

export function createProgressReporter(stream: Writable & { isTTY?: boolean }, verb: string, total: number, options: { timeOnly?: boolean } = {}): ProgressReporter {
  if (stream.isTTY) return barReporter(stream, verb, total);
  const step = options.timeOnly ? Infinity : Math.max(1, Math.ceil(total / 20));
  let lastAt = Date.now();
  let lastDone = 0;
  const print = (p: ImportProgress) => {
    stream.write(`${p.line(verb)}\n`);
    lastAt = Date.now();
    lastDone = p.done;
  };
  return {
    update: (p) => {
      if ((p.done === total && !options.timeOnly) || p.done - lastDone >= step || Date.now() - lastAt >= PLAIN_EVERY_MS) print(p);
    },
    stop: () => {},
  };
}

function barReporter(stream: Writable, verb: string, total: number): ProgressReporter {
  const bar = new SingleBar({
    stream,
    format: `${verb.padEnd(9)} [{bar}] {value}/{total} ({rate}/s, ETA {eta_text})`,
    barsize: 30,
    hideCursor: true,
    clearOnComplete: false,
  });
  bar.start(total, 0, { rate: '0', eta_text: '?' });
  return {
    update: (p) => {
      const eta = p.etaSeconds();
      bar.update(p.done, { rate: formatRate(p.rate()), eta_text: eta === null ? '?' : formatDuration(eta) });
    },
    stop: () => bar.stop(),
  };
}
