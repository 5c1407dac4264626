// npm run bench:read — the read path under load, against a database that already holds a corpus.
// Starts the production server (`next start`; needs a prior `next build`) on that database, picks
// sample pages from it deterministically, warms up, runs autocannon per page, replays the same
// pages' SQL alone with `pg` at the same concurrency, samples the server's RSS and writes
// bench/results/read.json. Prints numbers; never fails on speed.
// Usage: npm run bench:read -- [--url DATABASE_URL] [--duration 10] [--connections 20] [--port 3425] [--quick]
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { createPrisma } from '../lib/db/client.ts';
import { ensureUser } from '../lib/services/create-user.ts';
import { pickReadSamples, type ReadPage, type ReadSample } from './bench/read-samples.ts';
import { captureStatements, PAGES, replayStatements } from './bench/read-sql.ts';

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
}
const quick = process.argv.includes('--quick');
const url = arg('url', process.env.DATABASE_URL);
const duration = Number(arg('duration', quick ? '3' : '10'));
const connections = Number(arg('connections', '20'));
const port = Number(arg('port', process.env.PORT ?? '3425'));
if (!url || !/^postgres(ql)?:\/\//.test(url) || !(duration > 0) || !Number.isInteger(connections) || connections < 1) {
  console.error('usage: bench-read --url postgres://… (or DATABASE_URL) [--duration S > 0] [--connections N ≥ 1] [--port P] [--quick]');
  process.exit(2);
}
const base = `http://localhost:${port}`;
const bench = { email: 'bench-reader@claimscope.local', password: 'bench-reader-password-1', name: 'Benchmark reader', role: 'viewer' as const };

/** RSS of a process and its descendants, in MB (Linux /proc). */
function treeRss(pid: number): number {
  const kb = (p: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
  const children = (p: number): number[] => {
    try {
      return fs.readdirSync(`/proc/${p}/task`).flatMap((t) => fs.readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
    } catch {
      return [];
    }
  };
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]));
  return Math.round(all.reduce((s, p) => { try { return s + kb(p); } catch { return s; } }, 0) / 1024);
}

async function startServer(): Promise<ChildProcess> {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('no production build: run `next build` first');
  const server = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
    env: { ...process.env, DATABASE_URL: url, BETTER_AUTH_URL: base, NEXT_TELEMETRY_DISABLED: '1'},
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => /Ready|started server/i.test(chunk.toString()) && resolve());
    server.on('exit', (code) => reject(new Error(`next start exited (${code})`)));
  });
  return server;
}

async function signIn(): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in/email`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ email: bench.email, password: bench.password }) });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN);

type PageResult = { page: ReadPage; urls: string[]; p50: number; p95: number; p99: number; errors: number; non2xx: number; reqPerSec: number; requests: number; sqlP95: number; sqlErrors: number; rssMaxMb: number };

async function loadPage(page: ReadPage, samples: ReadSample[], cookie: string, serverPid: number): Promise<Omit<PageResult, 'sqlP95' | 'sqlErrors'>> {
  const headers = { cookie };
  // Warm-up: every URL once in turn (compiles the route, stores comparison tables), then a short burst.
  for (const s of samples) {
    const res = await fetch(`${base}${s.path}`, { headers, redirect: 'manual' });
    if (res.status !== 200) throw new Error(`${s.path} answered ${res.status} during warm-up`);
    await res.arrayBuffer();
  }
  await autocannon({ url: base, connections, duration: Math.min(2, duration), headers, requests: samples.map((s) => ({ method: 'GET', path: s.path })) });
  let rssMaxMb = treeRss(serverPid);
  const sampler = setInterval(() => (rssMaxMb = Math.max(rssMaxMb, treeRss(serverPid))), 500);
  const r = await autocannon({ url: base, connections, duration, headers, requests: samples.map((s) => ({ method: 'GET', path: s.path })) });
  clearInterval(sampler);
  return {
    page,
    urls: samples.map((s) => s.path),
    p50: r.latency.p50,
    p95: (r.latency as unknown as Record<string, number>).p95 ?? r.latency.p97_5,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    reqPerSec: r.requests.average,
    requests: r.requests.total,
    rssMaxMb,
  };
}

async function main() {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const counts = (await pool.query(`SELECT (SELECT count(*) FROM "Document")::int AS documents, (SELECT count(*) FROM "Claim")::int AS claims, (SELECT count(*) FROM "ClaimTopic")::int AS links`)).rows[0] as { documents: number; claims: number; links: number };
  console.log(`bench:read on ${counts.documents} documents, ${counts.claims} claims, ${counts.links} topic links; ${connections} connections × ${duration} s per page`);
  const samples = await pickReadSamples(pool, quick ? 3 : 8);
  await pool.end();
  const db = createPrisma(url!);
  await ensureUser(db, bench);
  await db.$disconnect();

  const server = await startServer();
  const stop = () => { try { process.kill(-server.pid!, 'SIGTERM'); } catch { /* already gone */ } };
  process.on('SIGINT', () => (stop(), process.exit(130)));
  const results: PageResult[] = [];
  try {
    const cookie = await signIn();
    for (const page of PAGES) {
      const mine = samples.filter((s) => s.page === page);
      if (mine.length === 0) {
        console.log(`${page}: no sample in this database, skipped`);
        continue;
      }
      const http = await loadPage(page, mine, cookie, server.pid!);
      const statements = await captureStatements(url!, mine);
      const sql = await replayStatements(url!, [...statements.values()], connections, Math.min(duration, 5));
      const sorted = sql.ms.sort((a, b) => a - b);
      results.push({ ...http, sqlP95: pct(sorted, 0.95), sqlErrors: sql.errors });
      console.log(`${page}: done (${http.requests} requests)`);
    }
  } finally {
    stop();
  }
  const row = (r: PageResult) =>
    `| ${r.page.padEnd(10)} | ${String(r.p50).padStart(5)} | ${String(r.p95).padStart(5)} | ${String(r.p99).padStart(5)} | ${String(r.errors + r.non2xx).padStart(6)} | ${r.reqPerSec.toFixed(1).padStart(7)} | ${r.sqlP95.toFixed(1).padStart(10)} | ${(r.p95 / r.sqlP95).toFixed(1).padStart(8)} | ${String(r.rssMaxMb).padStart(7)} |`;
  console.log(`\n| page       |   p50 |   p95 |   p99 | errors |   req/s | SQL p95 ms | p95/SQL | RSS MB |\n|------------|------:|------:|------:|-------:|--------:|-----------:|--------:|-------:|`);
  for (const r of results) console.log(row(r));
  console.log('(latencies in ms; errors = connection errors, timeouts and non-2xx answers)');
  const out = path.resolve('bench/results/read.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), quick, connections, duration, corpus: counts, pages: results }, null, 2)}\n`);
  console.log(`wrote ${path.relative('.', out)}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`bench:read failed: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  },
);
