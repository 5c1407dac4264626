// Bulk-import benchmark: N generated files into a fresh embedded database through the CLI's own
// import command (in-process), printing documents per second and the peak RSS. Memory should
// stay flat as N grows: the import reads, extracts and stores one file at a time.
// Usage: node --expose-gc --import tsx scripts/bench-import.ts [--files 2000] [--sentences 4] [--continue-on-error]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runImport } from '../cli/commands/import.ts';
import { createPrisma } from '../lib/db/client.ts';
import { closeEmbedded, connectEmbedded } from '../lib/db/embedded.ts';
import { applyMigrations } from '../lib/db/migrate.ts';
import { writeGeneratedFiles } from './bench/import-corpus.ts';
import { readPeakRssBytes } from './bench/measure.ts';

const { values } = parseArgs({
  options: { files: { type: 'string', default: '2000' }, sentences: { type: 'string', default: '4' }, 'continue-on-error': { type: 'boolean', default: false } },
});
const files = Number(values.files);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-bench-import-'));
const MB = 1024 * 1024;

try {
  const folder = path.join(scratch, 'files');
  writeGeneratedFiles(folder, files, Number(values.sentences));
  const dir = path.join(scratch, 'pglite');
  const url = await connectEmbedded(dir);
  await applyMigrations(url);
  const db = createPrisma(url);
  // RSS sampled while importing: a pipeline that accumulated texts would grow with N.
  // The embedded database runs in this process (its wasm memory counts in RSS), so the JS heap
  // is sampled too: it holds the import's own data.
  const samples: number[] = [];
  let peakHeap = 0;
  // With `node --expose-gc` the heap is measured after a collection (live data, not garbage).
  const gc = (globalThis as { gc?: () => void }).gc;
  const timer = setInterval(() => {
    gc?.();
    const m = process.memoryUsage();
    samples.push(m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 1000);
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  const code = await runImport([folder], { continueOnError: values['continue-on-error'] }, { stdout: sink as never, stderr: process.stderr, db: async () => db });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  const documents = await db.document.count();
  const claims = await db.claim.count();
  const mid = samples[Math.floor(samples.length / 2)] ?? rssBefore;
  console.log(`mode: ${values['continue-on-error'] ? '--continue-on-error (one transaction per file)' : 'all-or-nothing (check pass + one transaction)'}`);
  console.log(`${documents} documents, ${claims} claims from ${files} files in ${seconds.toFixed(1)} s: ${(documents / seconds).toFixed(1)} documents/s (exit ${code})`);
  console.log(`RSS before ${(rssBefore / MB).toFixed(0)} MB, halfway ${(mid / MB).toFixed(0)} MB, end ${(process.memoryUsage().rss / MB).toFixed(0)} MB, peak ${(readPeakRssBytes() / MB).toFixed(0)} MB; peak JS heap ${(peakHeap / MB).toFixed(0)} MB`);
  await db.$disconnect();
  await closeEmbedded(dir);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(0);
