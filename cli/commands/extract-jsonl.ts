// `extract --jsonl`: reads stdin in chunks and writes one result line per input line, in input
// order, as soon as it is ready. Small inputs run on the main thread. Past POOL_AFTER_BYTES, when a
// worker script exists (the CLI bundle, see cli/runtime.ts) and there is more than one core, the
// chunks' lines go to worker threads: every line is its own document, so they are independent.
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../../lib/engine/index.ts';
import { extractWorkerUrl } from '../runtime.ts';
import { loadEngine, processLines, splitLines } from './extract-lines.ts';
import type { BatchResult } from './extract-worker.ts';

export const POOL_AFTER_BYTES = 256 * 1024;
const MAX_WORKERS = 8;

export type JsonlOptions = { workerUrl?: URL | null; workers?: number; poolAfterBytes?: number };
type Pool = { run: (lines: string[]) => Promise<string>; close: () => Promise<void> };
type Pending = { resolve: (text: string) => void; reject: (error: Error) => void };

function createPool(url: URL, size: number, lang: Lang | undefined): Pool {
  const workers = Array.from({ length: size }, () => new Worker(url, { workerData: { lang } }));
  const pending = new Map<number, Pending>();
  const load = workers.map(() => 0);
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  workers.forEach((worker, k) => {
    worker.on('message', (result: BatchResult) => {
      const p = pending.get(result.id);
      pending.delete(result.id);
      load[k] -= 1;
      if ('error' in result) p?.reject(new Error(result.error));
      else p?.resolve(result.text);
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`extract worker stopped (exit code ${code})`)));
  });
  let nextId = 0;
  return {
    run: (lines) => {
      const k = load.indexOf(Math.min(...load));
      load[k] += 1;
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        workers[k].postMessage({ id, lines });
      });
    },
    close: async () => {
      for (const worker of workers) worker.removeAllListeners('exit');
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

const writeText = async (out: Writable, text: string): Promise<void> => {
  if (text && !out.write(text)) await once(out, 'drain');
};

export async function runJsonl(io: { stdin: Readable; stdout: Writable }, lang: Lang | undefined, options: JsonlOptions = {}): Promise<void> {
  const engine = await loadEngine();
  const workerUrl = options.workerUrl === undefined ? extractWorkerUrl : options.workerUrl;
  const size = options.workers ?? Math.min(MAX_WORKERS, availableParallelism());
  const poolAfter = options.poolAfterBytes ?? POOL_AFTER_BYTES;
  const decoder = new StringDecoder('utf8');
  let pool: Pool | null = null;
  let rest = '';
  let seen = 0;
  // Writes chain in input order; at most 2 batches per worker wait, so memory stays flat.
  let written: Promise<void> = Promise.resolve();
  const inFlight: Promise<void>[] = [];
  const send = async (lines: string[]): Promise<void> => {
    if (!pool) return writeText(io.stdout, processLines(engine, lines, lang));
    const result = pool.run(lines);
    written = written.then(async () => writeText(io.stdout, await result));
    written.catch(() => {}); // awaited below; this only keeps Node from reporting it as unhandled
    inFlight.push(written);
    while (inFlight.length > 2 * size) await inFlight.shift();
  };
  try {
    for await (const chunk of io.stdin as AsyncIterable<Buffer | string>) {
      seen += chunk.length;
      const split = splitLines(rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk)));
      rest = split.rest;
      if (!pool && workerUrl && size > 1 && seen > poolAfter) pool = createPool(workerUrl, size, lang);
      if (split.lines.length) await send(split.lines);
    }
    rest += decoder.end();
    if (rest) await send([rest]);
    await written;
  } finally {
    await pool?.close();
  }
}
