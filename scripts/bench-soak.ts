// npm run bench:soak -- [--clients=20] [--seconds=300] [--port=3300]
// Soak benchmark: the production server (`next start`, needs a `next build` first) on a fresh
// embedded database with the demo data, N signed-in clients on 127.0.0.1 mixing reads (document
// list, document, comparison page and API, review queue) and writes (claim edits through the
// REST API, with version conflicts as editors would meet them). Prints requests, statuses and
// latencies per kind and the server's memory over time. Never fails on speed; exits 1 on any
// 5xx or network error, since the goal is zero server errors.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { connectEmbedded } from '../lib/db/embedded.ts';
import { createPrisma } from '../lib/db/client.ts';
import { demoAccounts } from './demo/seed.ts';
import { treeRssMb } from './bench/processes.ts';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const clients = arg('clients', 20);
const seconds = arg('seconds', 300);
const port = arg('port', 3300);
const base = `http://127.0.0.1:${port}`;
if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('bench:soak serves the production build: run `npx next build` first.');
  process.exit(2);
}

type Kind = 'list' | 'document' | 'compare page' | 'compare api' | 'review' | 'edit claim';
const MIX: [Kind, number][] = [['list', 25], ['document', 25], ['compare page', 15], ['compare api', 10], ['review', 10], ['edit claim', 15]];
const stats = new Map<Kind, { ms: number[]; statuses: Map<number, number> }>(MIX.map(([k]) => [k, { ms: [], statuses: new Map() }]));

async function startServer(dataDir: string) {
  const server = spawn('node_modules/.bin/tsx', ['scripts/demo.ts', '--no-build'], {
    env: { ...process.env, PORT: String(port), CLAIMSCOPE_DATA_DIR: dataDir, DATABASE_URL: '', BETTER_AUTH_URL: base, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => /Ready|started server|localhost:/i.test(chunk.toString()) && resolve());
    server.on('exit', (code) => reject(new Error(`the demo server exited (${code})`)));
  });
  return server;
}

async function signIn(): Promise<string> {
  const { email, password } = demoAccounts.find((a) => a.role === 'editor')!;
  const res = await fetch(`${base}/api/auth/sign-in/email`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

function pick(): Kind {
  let r = Math.random() * 100;
  for (const [kind, weight] of MIX) if ((r -= weight) < 0) return kind;
  return 'list';
}

let serverPid: number | undefined;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-soak-'));
  console.log(`bench:soak: ${clients} clients × ${seconds} s against ${base} (embedded database in ${dataDir})`);
  const server = await startServer(dataDir);
  serverPid = server.pid;
  const db = createPrisma(await connectEmbedded(path.join(dataDir, 'pglite')));
  const docs = await db.document.findMany({ select: { id: true } });
  const claims = await db.claim.findMany({ where: { deletedAt: null }, select: { id: true, version: true }, take: 40 });
  const versions = new Map(claims.map((c) => [c.id, c.version]));
  // One after another: the sign-in limiter counts attempts in flight for an account.
  const cookies: string[] = [];
  for (let i = 0; i < clients; i++) cookies.push(await signIn());
  const compareIds = docs.map((d) => d.id).join(',');
  const memory: { t: number; mb: number }[] = [];
  const started = performance.now();
  const sampler = setInterval(() => memory.push({ t: Math.round((performance.now() - started) / 1000), mb: treeRssMb(server.pid!) }), 5000);
  let failures = 0;

  async function request(kind: Kind, cookie: string): Promise<void> {
    const doc = docs[Math.floor(Math.random() * docs.length)].id;
    const claim = claims[Math.floor(Math.random() * claims.length)].id;
    const headers = { cookie, origin: base, 'content-type': 'application/json' };
    const url = { list: '/', document: `/documents/${doc}`, 'compare page': `/compare?ids=${compareIds}`, 'compare api': `/api/v1/comparisons?ids=${compareIds}`, review: '/review', 'edit claim': `/api/v1/claims/${claim}` }[kind];
    const init: RequestInit = kind === 'edit claim' ? { method: 'PATCH', headers, body: JSON.stringify({ version: versions.get(claim), speaker: `Soak ${Math.floor(Math.random() * 1000)}` }) } : { headers, redirect: 'manual' };
    const t = performance.now();
    try {
      const res = await fetch(`${base}${url}`, init);
      const body = await res.text();
      if (kind === 'edit claim') {
        const parsed = JSON.parse(body) as { data?: { version?: number }; error?: { current?: { version?: number } } };
        const next = parsed.data?.version ?? parsed.error?.current?.version;
        if (next) versions.set(claim, next);
      }
      const s = stats.get(kind)!;
      s.ms.push(performance.now() - t);
      s.statuses.set(res.status, (s.statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500) failures++;
    } catch (e) {
      failures++;
      console.error(`${kind}: ${(e as Error).message}`);
    }
  }

  await Promise.all(
    cookies.map(async (cookie) => {
      while (performance.now() - started < seconds * 1000) await request(pick(), cookie);
    }),
  );
  clearInterval(sampler);
  memory.push({ t: Math.round((performance.now() - started) / 1000), mb: treeRssMb(server.pid!) });
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;
  console.log(`\n  ${'kind'.padEnd(14)}${'requests'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}  statuses`);
  for (const [kind, s] of stats) {
    const statuses = [...s.statuses].sort().map(([k, v]) => `${k}×${v}`).join(' ');
    console.log(`  ${kind.padEnd(14)}${String(s.ms.length).padStart(9)}${q(s.ms, 0.5).toFixed(0).padStart(9)}${q(s.ms, 0.95).toFixed(0).padStart(9)}${q(s.ms, 0.99).toFixed(0).padStart(9)}  ${statuses}`);
  }
  const total = [...stats.values()].reduce((n, s) => n + s.ms.length, 0);
  console.log(`\n  ${total} requests in ${seconds} s (${(total / seconds).toFixed(1)}/s), server errors and network failures: ${failures}`);
  const third = Math.max(1, Math.floor(memory.length / 3));
  const avg = (xs: { mb: number }[]) => Math.round(xs.reduce((n, m) => n + m.mb, 0) / Math.max(1, xs.length));
  console.log(`  server RSS (MB, all processes): first third avg ${avg(memory.slice(0, third))}, last third avg ${avg(memory.slice(-third))}, max ${Math.max(...memory.map((m) => m.mb))}`);
  console.log(`  samples: ${memory.map((m) => `${m.t}s ${m.mb}`).join(', ')}`);
  await db.$disconnect();
  process.kill(-server.pid!, 'SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  if (serverPid) process.kill(-serverPid, 'SIGTERM');
  process.exit(1);
});
