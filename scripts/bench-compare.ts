// npm run bench:compare — server-side time of the comparison page's query on the demo data,
// on a fresh embedded database (or DATABASE_URL). Prints numbers; never fails on speed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { connectEmbedded, closeEmbedded } from '../lib/db/embedded.ts';
import { createPrisma } from '../lib/db/client.ts';
import { applyMigrations } from '../lib/db/migrate.ts';
import { importDocument } from '../lib/services/import-document.ts';
import { prepareImports } from '../lib/services/import-files.ts';
import { suggestTopicsForDocuments } from '../lib/services/suggest-topics.ts';
import { getComparisonView } from '../lib/db/queries/comparison-view.ts';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 20);

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(0)} ms, p90 ${s[Math.floor(s.length * 0.9)].toFixed(0)} ms, min ${s[0].toFixed(0)} ms`;
}

async function main() {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-bench-')), 'pglite');
  const url = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : await connectEmbedded(dir);
  await applyMigrations(url);
  const db = createPrisma(url);
  const ids: string[] = [];
  let t = performance.now();
  for (const input of prepareImports(['data/samples'], { manifest: 'data/samples/manifest.json' })) ids.push((await importDocument(db, input)).id);
  console.log(`import + extraction of the 2 demo documents: ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  const s = await suggestTopicsForDocuments(db, ids);
  console.log(`topic suggestion: ${(performance.now() - t).toFixed(0)} ms (${s.topics} topics, ${s.links} links)`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await getComparisonView(db, ids);
    times.push(performance.now() - t);
  }
  console.log(`comparison view (${runs} runs, first included): ${stats(times)}`);
  await db.$disconnect();
  await closeEmbedded();
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
}

main().then(() => process.exit(0), (e) => (console.error(e), process.exit(1)));
