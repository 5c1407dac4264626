// npm start: the production server. CLAIMSCOPE_WEB_PROCESSES=N (PostgreSQL only) runs N server
// processes on one port with node:cluster — one Node.js thread renders about 70–80 pages a second
// here, so a machine with more cores serves more with more processes; the processes share
// nothing but the database (docs/scaling.md). Without it (or N=1) this is `next start`.
// Plain JavaScript so the server starts without a TypeScript loader in its memory.
import cluster from 'node:cluster';
import http from 'node:http';
import os from 'node:os';
import nextEnv from '@next/env';
import next from 'next';

// .env files count for the settings below as they do for the app (next start reads them too).
nextEnv.loadEnvConfig(process.cwd());

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.CLAIMSCOPE_HOST || '0.0.0.0';
const raw = process.env.CLAIMSCOPE_WEB_PROCESSES || '1';
const processes = raw === 'auto' ? os.availableParallelism() : Number(raw);

function fail(message) {
  console.error(`claimscope start: ${message}`);
  process.exit(2);
}

if (!Number.isInteger(processes) || processes < 1 || processes > 64) fail('CLAIMSCOPE_WEB_PROCESSES takes a whole number from 1 to 64, or "auto" (one per core)');
// The embedded database has one owner process, which would be one of the servers: when it
// restarted, the others would lose the database under them.
if (processes > 1 && !/^postgres(ql)?:/.test(process.env.DATABASE_URL ?? '')) fail('more than one web process needs a PostgreSQL DATABASE_URL (the embedded database has a single owner process)');

async function serve() {
  const app = next({ dev: false, hostname: 'localhost', port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => handle(req, res));
  // As `next start`: connections kept open a little longer than common load balancers' idle timeouts.
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => {
    if (!cluster.isWorker || cluster.worker?.id === 1) console.log(`✓ Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}${processes > 1 ? ` (${processes} processes)` : ''}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (processes > 1 && cluster.isPrimary) {
  let stopping = false;
  for (let i = 0; i < processes; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`claimscope start: web process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stopAll = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    setTimeout(() => process.exit(0), 10_000).unref();
    cluster.on('exit', () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
  };
  process.once('SIGTERM', stopAll);
  process.once('SIGINT', stopAll);
} else {
  serve().catch((e) => {
    console.error(`claimscope start: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
