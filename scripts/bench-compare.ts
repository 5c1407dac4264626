// npm run bench:compare — server-side time of the comparison page's query: the demo data, then
// pairs of generated German news-like documents (~3 KB and ~50 KB each), each on a fresh embedded
// database (the demo data uses DATABASE_URL when it points at Postgres). Prints numbers; never
// fails on speed.
// Usage: npm run bench:compare -- [--runs=N] [--quick]   (runs default 10; --quick means 3)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeResults } from './bench/results.ts';
import { performance } from 'node:perf_hooks';
import { connectEmbedded, closeEmbedded } from '../lib/db/embedded.ts';
import { createPrisma, type Db } from '../lib/db/client.ts';
import { applyMigrations } from '../lib/db/migrate.ts';
import { getLexicalResources } from '../lib/lexicons/load.ts';
import { importDocument, type ImportInput } from '../lib/services/import-document.ts';
import { prepareImports } from '../lib/services/import-files.ts';
import { suggestTopicsForDocuments } from '../lib/services/suggest-topics.ts';
import { compareWithSuggestions } from '../lib/services/compare-prepared.ts';
import { getComparisonView } from '../lib/db/queries/comparison-view.ts';
import { documentPair } from './bench/document-pair.ts';

const runsArg = process.argv.find((a) => a.startsWith('--runs='))?.slice(7);
const runs = process.argv.includes('--quick') ? 3 : Number(runsArg ?? 10);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('usage: bench-compare [--runs=N (integer ≥ 1)] [--quick]');
  process.exit(2);
}

type Stats = { n: number; median: number; p90: number; min: number };

function summarize(ms: number[]): Stats {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, median: s[Math.floor(s.length / 2)], p90: s[Math.min(s.length - 1, Math.floor(s.length * 0.9))], min: s[0] };
}

const fmt = (ms: number): string => (ms < 100 ? ms.toFixed(1) : ms.toFixed(0));

function stats(ms: number[]): string {
  const s = summarize(ms);
  return `median ${fmt(s.median)} ms, p90 ${fmt(s.p90)} ms, min ${fmt(s.min)} ms`;
}

// Every printed table also goes into bench/results/compare.json.
const recorded: Record<string, Record<string, Stats>> = {};

function printTable(rows: Array<[string, number[]]>, section = `table ${Object.keys(recorded).length + 1}`): void {
  recorded[section] = Object.fromEntries(rows.map(([label, ms]) => [label, summarize(ms)]));
  console.log(`  ${'step'.padEnd(44)}${'n'.padStart(4)}${'median ms'.padStart(12)}${'p90 ms'.padStart(10)}${'min ms'.padStart(10)}`);
  for (const [label, ms] of rows) {
    const s = summarize(ms);
    console.log(`  ${label.padEnd(44)}${String(s.n).padStart(4)}${fmt(s.median).padStart(12)}${fmt(s.p90).padStart(10)}${fmt(s.min).padStart(10)}`);
  }
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

/** A fresh database in a temp folder (or DATABASE_URL for `external`), removed afterwards. */
async function withDb<T>(fn: (db: Db) => Promise<T>, { external = false } = {}): Promise<T> {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-bench-')), 'pglite');
  const embedded = !(external && process.env.DATABASE_URL?.startsWith('postgres'));
  const url = embedded ? await connectEmbedded(dir) : process.env.DATABASE_URL!;
  try {
    await applyMigrations(url);
    const db = createPrisma(url);
    try {
      return await fn(db);
    } finally {
      await db.$disconnect();
    }
  } finally {
    if (embedded) await closeEmbedded(dir);
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  }
}

const kb = (text: string): string => `${(Buffer.byteLength(text, 'utf8') / 1000).toFixed(1)} KB`;

function benchInput(name: string, text: string, published: string, outlet: string): ImportInput {
  return { name, text, meta: { title: name, authors: [], outlet, language: 'de', published, datePrecision: 'day', kind: 'article' } };
}

async function demoSection(): Promise<void> {
  console.log('\n== demo data (data/samples) ==');
  await withDb(
    async (db) => {
      const ids: string[] = [];
      let t = performance.now();
      for (const input of await prepareImports(['data/samples'], { manifest: 'data/samples/manifest.json' })) ids.push((await importDocument(db, input)).id);
      console.log(`import + extraction of the 2 demo documents: ${(performance.now() - t).toFixed(0)} ms`);
      t = performance.now();
      const s = await suggestTopicsForDocuments(db, ids);
      console.log(`topic suggestion: ${(performance.now() - t).toFixed(0)} ms (${s.topics} topics, ${s.links} links)`);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push((await time(() => getComparisonView(db, ids))).ms);
      console.log(`comparison view (${runs} runs, first included): ${stats(times)}`);
      recorded.demo = { 'comparison view (first included)': summarize(times) };
    },
    { external: true },
  );
}

async function pairScenario(label: string, bytes: number, seed: number): Promise<void> {
  const [a, b] = documentPair(bytes, seed);
  console.log(`\n== ${label}: two generated German documents (${kb(a)}, ${kb(b)}; seed ${seed}), fresh embedded database ==`);
  const started = performance.now();
  await withDb(async (db) => {
    const imported = [];
    const importMs: number[] = [];
    for (const input of [benchInput(`${label} A`, a, '2024-03-11', 'Bench-Zeitung'), benchInput(`${label} B`, b, '2024-03-12', 'Bench-Rundschau')]) {
      const { ms, value } = await time(() => importDocument(db, input));
      importMs.push(ms);
      imported.push(value);
    }
    const ids = imported.map((d) => d.id);
    const first = await time(() => compareWithSuggestions(db, ids));
    const repeated: number[] = [];
    for (let i = 0; i < runs; i++) repeated.push((await time(() => compareWithSuggestions(db, ids))).ms);
    const views: number[] = [];
    let totalRows = 0;
    for (let i = 0; i < runs; i++) {
      const { ms, value } = await time(() => getComparisonView(db, ids));
      views.push(ms);
      totalRows = value.totalRows;
    }
    const summary = first.value.suggestions.summary;
    console.log(`  claims per document: A ${imported[0].claims}, B ${imported[1].claims}`);
    console.log(`  rows: ${first.value.table.rows.length} in the comparison table, ${totalRows} in the view`);
    console.log(`  first call suggested: ${summary ? `${summary.topics} topics, ${summary.links} links` : 'nothing (not recomputed)'}`);
    printTable([
      ['import + extraction (per document)', importMs],
      ['(a) first compareWithSuggestions (suggests)', [first.ms]],
      ['(b) compareWithSuggestions, stored', repeated],
      ['(c) getComparisonView', views],
    ], label);
  });
  console.log(`  scenario total (incl. database setup): ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function main() {
  console.log(`bench:compare, ${runs} runs per repeated step`);
  const lexicon = await time(async () => getLexicalResources());
  console.log(`lexicon load (first getLexicalResources(), not counted below): ${lexicon.ms.toFixed(0)} ms`);
  await demoSection();
  await pairScenario('3 KB pair', 3_000, 20240601);
  await pairScenario('50 KB pair', 50_000, 20240611);
  console.log(`\nwritten: ${path.relative(process.cwd(), writeResults('compare', { runs, milliseconds: recorded }))}`);
}

main().then(() => process.exit(0), (e) => (console.error(e), process.exit(1)));
