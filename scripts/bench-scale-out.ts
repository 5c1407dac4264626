// npm run bench:scale-out -- [--docs 2000] [--seconds 10]
// Beyond one machine, shown on one (docs/scaling.md): a fresh PostgreSQL database, two web
// instances (`next start`, needs `next build` first) behind a round-robin proxy, two queue
// workers. The CLI queues a generated corpus, both workers extract it, a session made through the
// proxy is used on both instances, and every document must be extracted exactly once.
// Exits 1 when a check fails; the speed figures are printed, never asserted.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { applyMigrations } from '../lib/db/migrate.ts';
import { writeCorpus } from './bench/news-corpus.ts';
import { rssSampler, startProcess, stopProcess, type Started } from './bench/processes.ts';
import { writeResults } from './bench/results.ts';

const run = promisify(execFile);
const { values } = parseArgs({ options: { docs: { type: 'string', default: '2000' }, seconds: { type: 'string', default: '10' }, port: { type: 'string', default: '3500' } } });
const docs = Number(values.docs);
const seconds = Number(values.seconds);
const proxyPort = Number(values.port);
const server = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
if (!/^postgres(ql)?:/.test(server)) {
  console.error('bench:scale-out needs a PostgreSQL server: set DATABASE_URL or TEST_DATABASE_URL to postgres://…');
  process.exit(2);
}
if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('bench:scale-out serves the production build: run `npx next build` first.');
  process.exit(2);
}
const DB_NAME = 'claimscope_bench_scale_out';
const url = Object.assign(new URL(server), { pathname: `/${DB_NAME}` }).toString();
const base = `http://127.0.0.1:${proxyPort}`;
const email = 'scale-out@example.org';
const password = 'scale-out-bench-password';

async function freshDatabase() {
  const admin = new pg.Client({ connectionString: Object.assign(new URL(server), { pathname: '/postgres' }).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  await applyMigrations(url);
}

/** A round-robin HTTP proxy over the backends, counting the requests each one answered. */
function startProxy(backends: number[]) {
  const served = backends.map(() => 0);
  let next = 0;
  const proxy = http.createServer((req, res) => {
    const i = next++ % backends.length;
    served[i]++;
    const upstream = http.request({ host: '127.0.0.1', port: backends[i], path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
    req.pipe(upstream);
  });
  return new Promise<{ close: () => void; served: number[] }>((resolve) => proxy.listen(proxyPort, '127.0.0.1', () => resolve({ close: () => proxy.close(), served })));
}

const cli = (args: string[], env: NodeJS.ProcessEnv) => run('node', ['bin/claimscope.js', ...args], { env, maxBuffer: 64 * 1024 * 1024 });

async function main() {
  const started: Started[] = [];
  const env = { ...process.env, DATABASE_URL: url, CLAIMSCOPE_JOBS: 'pg-boss', BETTER_AUTH_SECRET: 'scale-out-bench-secret-shared-by-both-instances', BETTER_AUTH_URL: base, NEXT_TELEMETRY_DISABLED: '1', NODE_NO_WARNINGS: '1' };
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-scale-out-'));
  const failures: string[] = [];
  let proxy: Awaited<ReturnType<typeof startProxy>> | undefined;
  try {
    console.log(`bench:scale-out: ${docs} documents, 2 web instances + 2 workers on one PostgreSQL database (${DB_NAME})`);
    await freshDatabase();
    await cli(['user', 'add', email, '--role', 'editor', '--password', password], env);
    const webPorts = [proxyPort + 1, proxyPort + 2];
    for (const port of webPorts) started.push(await startProcess('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], { ...env, PORT: String(port) }, /Ready|started server/i));
    for (let w = 0; w < 2; w++) started.push(await startProcess(process.execPath, ['--max-old-space-size=256', 'bin/worker.js'], env, /waiting for jobs/)); // as npm run worker
    proxy = await startProxy(webPorts);
    const names = ['web 1', 'web 2', 'worker 1', 'worker 2'];
    const sampler = rssSampler(() => Object.fromEntries(started.map((s, i) => [names[i], s.child.pid])));

    const corpus = path.join(scratch, 'corpus');
    writeCorpus(corpus, docs, 1);
    const t0 = performance.now();
    await cli(['import', corpus, '--manifest', path.join(corpus, 'manifest.json'), '--queue'], env);
    const queuedSeconds = (performance.now() - t0) / 1000;
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    let done = 0;
    while (done < docs && performance.now() - t0 < 30 * 60_000) {
      await new Promise((r) => setTimeout(r, 1000));
      done = Number((await db.query(`SELECT count(*) AS n FROM "Document" WHERE "extractionStatus" IN ('done', 'failed')`)).rows[0].n);
    }
    const totalSeconds = (performance.now() - t0) / 1000;
    const check = (await db.query(`SELECT count(*) FILTER (WHERE "extractionStatus" = 'done') AS done, count(*) FILTER (WHERE "extractionStatus" = 'failed') AS failed, count(*) FILTER (WHERE "extractionAttempts" <> 1) AS reruns FROM "Document"`)).rows[0];
    const claims = Number((await db.query('SELECT count(*) AS n FROM "Claim"')).rows[0].n);
    const sample = (await db.query('SELECT id FROM "Document" ORDER BY id LIMIT 2')).rows.map((r) => r.id as string);
    await db.end();
    if (Number(check.done) !== docs) failures.push(`${check.done} of ${docs} documents extracted (${check.failed} failed)`);
    if (Number(check.reruns) !== 0) failures.push(`${check.reruns} documents were extracted more than once`);

    // One session, made through the proxy, must be honoured by both instances.
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ email, password }) });
    if (!signIn.ok) throw new Error(`sign-in through the proxy failed: ${signIn.status} ${await signIn.text()}`);
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const pages = ['/', `/documents/${sample[0]}`, `/compare?left=${sample[0]}&right=${sample[1]}`, '/search?q=NATO', '/review'];
    const before = [...proxy.served];
    for (let round = 0; round < 4; round++) {
      for (const page of pages) {
        const res = await fetch(`${base}${page}`, { headers: { cookie }, redirect: 'manual' });
        await res.text();
        if (res.status !== 200) failures.push(`${page}: HTTP ${res.status} (round ${round + 1})`);
      }
    }
    const perInstance = proxy.served.map((n, i) => n - before[i]);
    if (perInstance.some((n) => n === 0)) failures.push(`one instance answered nothing: ${perInstance.join(' / ')}`);

    const load = await autocannon({ url: `${base}/documents/${sample[0]}`, connections: 20, duration: seconds, headers: { cookie } });
    sampler.stop();
    const peaks = sampler.peaks();
    const figures = {
      documents: docs,
      claims,
      queuedImportSeconds: Math.round(queuedSeconds * 10) / 10,
      extractedAllSeconds: Math.round(totalSeconds * 10) / 10,
      documentsPerSecond: Math.round((docs / totalSeconds) * 10) / 10,
      reruns: Number(check.reruns),
      requestsPerInstance: perInstance,
      documentPage: { connections: 20, seconds, requestsPerSecond: load.requests.average, p50: load.latency.p50, p97_5: load.latency.p97_5, p99: load.latency.p99, errors: load.errors, non2xx: load.non2xx },
      peakRssMb: peaks,
      failures,
    };
    console.log(`queued import ${figures.queuedImportSeconds} s; all ${docs} extracted after ${figures.extractedAllSeconds} s (${figures.documentsPerSecond} documents/s, ${claims} claims), ${figures.reruns} extracted twice`);
    console.log(`session from the proxy honoured by both instances: ${perInstance.join(' / ')} page requests answered, all 200: ${failures.every((f) => !f.includes('HTTP'))}`);
    console.log(`document page through the proxy, 20 clients × ${seconds} s: ${load.requests.average} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, ${load.errors} errors, ${load.non2xx} non-2xx`);
    console.log(`peak RSS (MB): ${Object.entries(peaks).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`written: ${path.relative(process.cwd(), writeResults('scale-out', figures))}`);
  } finally {
    proxy?.close();
    await Promise.all(started.map((s) => stopProcess(s.child)));
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  if (failures.length) {
    console.error(`FAILED:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
}

main().then(() => process.exit(0), (e) => (console.error(e instanceof Error ? e.message : e), process.exit(1)));
