// Ingest benchmark (issue 13): N generated news documents into a fresh PostgreSQL database with
// `claimscope import --queue` and W `npm run worker` processes, for each W given. Reports import
// time, the time until every document is extracted (the ingest figure: claims stored, documents
// done) and docs/s on it, then (with --suggestions wait) the time until the topic-suggestion jobs
// are worked off too; claims, topics and the peak RSS of every process (sampled from /proc each
// second); writes bench/results/ingest.json.
// Usage: npm run bench:ingest -- [--docs 10000] [--workers 1,2] [--batch-size 50] [--seed 1]
//          [--suggestions wait|skip] [--database NAME] [--quick] [--keep]
// The server: TEST_DATABASE_URL or DATABASE_URL (postgres://); the database (default
// claimscope_bench_ingest) is dropped and made again for each run.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { applyMigrations } from '../lib/db/migrate.ts';
import { writeCorpus } from './bench/news-corpus.ts';
import { MemorySampler } from './bench/process-memory.ts';
import { writeResults } from './bench/results.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string' },
    workers: { type: 'string', default: '1,2' },
    'batch-size': { type: 'string', default: '50' },
    suggestions: { type: 'string', default: 'wait' },
    database: { type: 'string', default: 'claimscope_bench_ingest' },
    /** V8 old-space limit of each worker process in MB (--max-old-space-size), as `npm run worker` sets it. */
    'worker-heap': { type: 'string', default: '256' },
    seed: { type: 'string', default: '1' },
    quick: { type: 'boolean', default: false },
    /** Leave the last run's database for the read-path benchmark (npm run bench). */
    keep: { type: 'boolean', default: false },
  },
});
const docs = Number(values.docs ?? (values.quick ? 2000 : 10_000));
const workerCounts = values.workers.split(',').map(Number);
const server = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (!server || !/^postgres(ql)?:/.test(server) || !Number.isInteger(docs) || docs < 1 || workerCounts.some((w) => !Number.isInteger(w) || w < 1)) {
  console.error('bench:ingest needs TEST_DATABASE_URL or DATABASE_URL=postgres://… and --docs N --workers 1,2');
  process.exit(2);
}
const DB_NAME = values.database;
if (!/^[a-z_][a-z0-9_]*$/.test(DB_NAME) || !['wait', 'skip'].includes(values.suggestions)) {
  console.error('bench:ingest: --database takes a lower-case identifier, --suggestions wait or skip');
  process.exit(2);
}
const waitForSuggestions = values.suggestions === 'wait';
const MB = 1024 * 1024;

/** peakRssMB over the whole run; extractedPeakRssMB until every document was extracted (before the suggestion jobs had the CPU to themselves). */
type ProcessReport = { role: string; peakRssMB: number; extractedPeakRssMB: number; firstRssMB: number; lastRssMB: number };
type Run = {
  workers: number;
  documents: number;
  importSeconds: number;
  /** From the import's start until no document is queued or running: the ingest figure. */
  extractedSeconds: number;
  documentsPerSecond: number;
  /** Until the suggestion jobs were worked off as well (null with --suggestions skip). */
  suggestedSeconds: number | null;
  claims: number;
  topics: number;
  failed: number;
  loadAverage: number;
  processes: ProcessReport[];
};

function databaseUrl(name: string): string {
  const url = new URL(server!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function freshDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  const url = databaseUrl(DB_NAME);
  await applyMigrations(url);
  return url;
}

/** One node process (no tsx wrapper process), so its pid is the one whose memory counts. */
function startNode(script: string, args: string[], url: string, log: string): ChildProcess {
  const out = fs.openSync(log, 'w');
  // A .js entry runs as it is (bin/worker.js, bin/claimscope.js: cached bundles) with the same V8 heap cap as `npm run worker`; TypeScript through tsx.
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [`--max-old-space-size=${values['worker-heap']}`];
  return spawn(process.execPath, [...loader, script, ...args], {
    env: { ...process.env, DATABASE_URL: url, CLAIMSCOPE_JOBS: 'pg-boss', NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' },
    stdio: ['ignore', out, out],
  });
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

async function counts(client: pg.Client) {
  const { rows } = await client.query<{ status: string; n: number }>(`SELECT "extractionStatus"::text AS status, count(*)::int AS n FROM "Document" GROUP BY 1`);
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number>;
}

async function runOnce(corpus: string, workers: number, logs: string): Promise<Run> {
  const url = await freshDatabase();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Workers first, waiting: they extract while the import is still storing.
  const workerProcs = Array.from({ length: workers }, (_, i) => startNode('bin/worker.js', ['--batch-size', values['batch-size']], url, path.join(logs, `worker-${workers}-${i}.log`)));
  const workerMem = workerProcs.map((p) => new MemorySampler(p.pid!));
  await new Promise((r) => setTimeout(r, 4000)); // their startup (bundle, pg-boss) is not the import's
  const started = performance.now();
  const importer = startNode('bin/claimscope.js', ['import', corpus, '--manifest', path.join(corpus, 'manifest.json'), '--queue'], url, path.join(logs, `import-${workers}.log`));
  const importMem = new MemorySampler(importer.pid!);
  const code = await exited(importer);
  importMem.stop();
  if (code !== 0) throw new Error(`import failed (exit ${code}); see ${logs}`);
  const imported = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const loads: number[] = [];
  const poll = async (what: string, left: () => Promise<number>) => {
    let last = '';
    for (;;) {
      const n = await left();
      loads.push(os.loadavg()[0]);
      const line = `  ${workers} worker(s): ${n} ${what} left, ${seconds().toFixed(0)} s, load ${os.loadavg()[0].toFixed(1)}   `;
      if (line !== last && process.stderr.isTTY) process.stderr.write(`\r${line}`);
      last = line;
      if (n === 0) return seconds();
      await new Promise((r) => setTimeout(r, 1000));
    }
  };
  const extractedSeconds = await poll('to extract', async () => {
    const c = await counts(client);
    return (c.queued ?? 0) + (c.running ?? 0);
  });
  const extractedPeaks = workerMem.map((m) => (m.sample(), m.peakRssBytes));
  const suggestedSeconds = waitForSuggestions
    ? await poll('suggestion jobs', async () => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'suggest-topics' AND state IN ('created', 'retry', 'active')`)).rows[0].n)
    : null;
  workerMem.forEach((m) => m.stop());
  workerProcs.forEach((p) => p.kill('SIGTERM'));
  await Promise.all(workerProcs.map(exited));
  const c = await counts(client);
  const { rows } = await client.query<{ claims: number; topics: number }>(`SELECT (SELECT count(*)::int FROM "Claim") AS claims, (SELECT count(*)::int FROM "Topic") AS topics`);
  await client.end();
  const mb = (b: number) => Math.round(b / MB);
  return {
    workers,
    documents: docs,
    importSeconds: (imported - started) / 1000,
    extractedSeconds,
    documentsPerSecond: docs / extractedSeconds,
    suggestedSeconds,
    claims: rows[0].claims,
    topics: rows[0].topics,
    failed: c.failed ?? 0,
    loadAverage: loads.reduce((x, y) => x + y, 0) / Math.max(1, loads.length),
    processes: [
      { role: 'import', peakRssMB: mb(importMem.peakRssBytes), extractedPeakRssMB: mb(importMem.peakRssBytes), firstRssMB: mb(importMem.firstRssBytes), lastRssMB: mb(importMem.lastRssBytes) },
      ...workerMem.map((m, i) => ({ role: `worker ${i + 1}`, peakRssMB: mb(m.peakRssBytes), extractedPeakRssMB: mb(extractedPeaks[i]), firstRssMB: mb(m.firstRssBytes), lastRssMB: mb(m.lastRssBytes) })),
    ],
  };
}

function printTable(runs: Run[]) {
  const cols = ['workers', 'docs', 'import s', 'extracted s', 'docs/s', 'suggested s', 'claims', 'topics', 'failed', 'load'];
  console.log(`\n${cols.map((c, i) => (i === 0 ? c.padEnd(8) : c.padStart(12))).join('')}  peak RSS MB: extracting / all (first → last)`);
  for (const r of runs) {
    const rss = r.processes.map((p) => `${p.role} ${p.extractedPeakRssMB} / ${p.peakRssMB} (${p.firstRssMB} → ${p.lastRssMB})`).join(', ');
    const cells = [r.documents, r.importSeconds.toFixed(1), r.extractedSeconds.toFixed(1), r.documentsPerSecond.toFixed(1), r.suggestedSeconds?.toFixed(1) ?? 'skipped', r.claims, r.topics, r.failed, r.loadAverage.toFixed(1)];
    console.log(`${String(r.workers).padEnd(8)}${cells.map((c) => String(c).padStart(12)).join('')}  ${rss}`);
  }
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-bench-ingest-'));
try {
  const corpus = path.join(scratch, 'corpus');
  const written = writeCorpus(corpus, docs, Number(values.seed));
  console.log(`corpus: ${written.files} documents, ${(written.bytes / 1e6).toFixed(1)} MB (seed ${values.seed}); ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`);
  const runs: Run[] = [];
  for (const w of workerCounts) {
    runs.push(await runOnce(corpus, w, scratch));
    if (process.stderr.isTTY) process.stderr.write('\n');
  }
  printTable(runs);
  const file = writeResults('ingest', { batchSize: Number(values['batch-size']), seed: Number(values.seed), suggestions: values.suggestions, runs });
  console.log(`\nwrote ${file} (timings on a shared 2-core machine: other processes compete for the CPU)`);
  if (values.keep) {
    // Fresh statistics for the read benchmark: autovacuum would get to millions of new rows only
    // later, and until then the planner picks plans for empty tables (measured: a 100k corpus's
    // comparison SQL p95 1.3 s before ANALYZE, 0.12 s after).
    const client = new pg.Client({ connectionString: databaseUrl(DB_NAME) });
    await client.connect();
    await client.query('ANALYZE');
    await client.end();
  } else {
    const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
    await admin.end();
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
