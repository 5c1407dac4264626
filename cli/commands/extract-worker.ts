// Worker thread for `extract --jsonl`: receives batches of input lines, returns their output.
import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../../lib/engine/index.ts';
import { loadEngine, processLines } from './extract-lines.ts';

export type BatchRequest = { id: number; lines: string[] };
export type BatchResult = { id: number; text: string } | { id: number; error: string };

const lang = (workerData as { lang?: Lang } | null)?.lang;
const engine = await loadEngine();

parentPort?.on('message', ({ id, lines }: BatchRequest) => {
  let result: BatchResult;
  try {
    result = { id, text: processLines(engine, lines, lang) };
  } catch (e) {
    result = { id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(result);
});
