// npm run bench:demo -- [--seconds 10] [--connections 20] [--processes 1,2]
// The demo comparison under load: the two sample documents in a fresh PostgreSQL database, the
// production server (`npm start`, scripts/serve.mjs; needs `next build`) with 1 and with 2 web
// processes, 20 clients on the comparison page and the document page, signed out (public
// reading) and signed in. Prints req/s and latencies, writes bench/results/demo.json.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { applyMigrations } from '../lib/db/migrate.ts';
import { rssSampler, startProcess, stopProcess } from './bench/processes.ts';
import { writeResults } from './bench/results.ts';

const run = promisify(execFile);
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '20' }, processes: { type: 'string', default: '1,2' }, port: { type: 'string', default: '3520' } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const counts = values.processes!.split(',').map(Number);
const port = Number(values.port);
const server = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
if (!/^postgres(ql)?:/.test(server) || !(seconds > 0) || !(connections > 0) || counts.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('usage: bench-demo [--seconds S] [--connections N] [--processes 1,2] with DATABASE_URL or TEST_DATABASE_URL on a PostgreSQL server');
  process.exit(2);
}
if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('bench:demo serves the production build: run `npx next build` first.');
  process.exit(2);
}
const DB_NAME = 'claimscope_bench_demo';
const url = Object.assign(new URL(server), { pathname: `/${DB_NAME}` }).toString();
const base = `http://127.0.0.1:${port}`;
const account = { email: 'demo-bench@example.org', password: 'demo-bench-password-1' };

async function seed(): Promise<string[]> {
  const admin = new pg.Client({ connectionString: Object.assign(new URL(server), { pathname: '/postgres' }).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  await applyMigrations(url);
  const env = { ...process.env, DATABASE_URL: url, NODE_NO_WARNINGS: '1' };
  const { stdout } = await run('node', ['bin/claimscope.js', 'import', 'data/samples', '--manifest', 'data/samples/manifest.json', '--json'], { env });
  await run('node', ['bin/claimscope.js', 'user', 'add', account.email, '--role', 'editor', '--password', account.password], { env });
  return (JSON.parse(stdout) as { id: string }[]).map((d) => d.id);
}

async function measure(target: string, headers: Record<string, string>) {
  await autocannon({ url: target, connections, duration: 2, headers }); // warm-up
  const r = await autocannon({ url: target, connections, duration: seconds, headers });
  return { requestsPerSecond: r.requests.average, p50: r.latency.p50, p97_5: r.latency.p97_5, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

async function main() {
  const ids = await seed();
  const env = { ...process.env, DATABASE_URL: url, PORT: String(port), CLAIMSCOPE_HOST: '127.0.0.1', CLAIMSCOPE_PUBLIC_READ: '1', BETTER_AUTH_URL: base, NEXT_TELEMETRY_DISABLED: '1' };
  const pages = { comparison: `/compare?left=${ids[0]}&right=${ids[1]}`, document: `/documents/${ids[1]}` };
  const rows: Record<string, unknown>[] = [];
  for (const n of counts) {
    const web = await startProcess('node', ['scripts/serve.mjs'], { ...env, CLAIMSCOPE_WEB_PROCESSES: String(n) }, /Ready on/);
    const sampler = rssSampler(() => ({ server: web.child.pid }));
    try {
      // The first comparison suggests topics and stores the table; the load then reads it.
      await (await fetch(`${base}${pages.comparison}`)).text();
      const signIn = await fetch(`${base}/api/auth/sign-in/email`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify(account) });
      if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status}`);
      const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      for (const [page, pathname] of Object.entries(pages)) {
        for (const [who, headers] of [['signed out', {}], ['editor', { cookie }]] as const) {
          const m = await measure(`${base}${pathname}`, headers);
          rows.push({ processes: n, page, who, ...m });
          console.log(`${String(n).padStart(2)} process(es)  ${page.padEnd(11)} ${who.padEnd(11)} ${String(m.requestsPerSecond).padStart(7)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  errors ${m.errors}  non-2xx ${m.non2xx}`);
        }
      }
    } finally {
      sampler.stop();
      rows.push({ processes: n, peakRssMb: sampler.peaks().server });
      await stopProcess(web.child);
    }
  }
  console.log(`written: ${path.relative(process.cwd(), writeResults('demo', { connections, seconds, rows }))}`);
}

main().then(() => process.exit(0), (e) => (console.error(e instanceof Error ? e.message : e), process.exit(1)));
