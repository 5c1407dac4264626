// npm run demo: migrate the database, import the samples (idempotent), extract, build, serve.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { resolveDatabaseTarget } from '../lib/env.ts';
import { connectEmbedded, closeEmbedded } from '../lib/db/embedded.ts';
import { createPrisma } from '../lib/db/client.ts';
import { applyMigrations } from '../lib/db/migrate.ts';
import { demoAccounts, seedDemo } from './demo/seed.ts';

const port = Number(process.env.PORT ?? 3000);
const skipBuild = process.argv.includes('--no-build');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' };

async function main() {
  const target = resolveDatabaseTarget();
  // This process owns the embedded database while the demo runs; the web server and any
  // CLI command reach it through the socket URL.
  const url = target.kind === 'postgres' ? target.url : await connectEmbedded(target.dir);
  console.log(`Database: ${target.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${path.relative('.', target.dir)}`}`);

  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : 'Database schema is up to date.');

  const db = createPrisma(url);
  await seedDemo(db);
  await db.$disconnect();

  if (!skipBuild) {
    console.log('Building the web app (next build)…');
    const build = spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env });
    if (build.status !== 0) throw new Error('next build failed');
  }
  // The production server of `npm start` (scripts/serve.mjs).
  const server = spawn('node', ['scripts/serve.mjs'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    // The server reaches the embedded database through its socket URL, which looks like a PostgreSQL
    // server; its background jobs must still run in-process (docs/jobs.md), in its one web process.
    env: { ...env, PORT: String(port), DATABASE_URL: url, ...(target.kind === 'embedded' && { CLAIMSCOPE_JOBS: 'in-process', CLAIMSCOPE_WEB_PROCESSES: '1' }) },
  });
  server.stdout.on('data', (chunk: Buffer) => {
    const line = chunk.toString();
    if (/Ready|started server/i.test(line)) {
      const logins = demoAccounts.map((a) => `  ${a.role.padEnd(9)} ${a.email} / ${a.password}`).join('\n');
      console.log(`\nClaimscope is running: http://localhost:${port}\nDemo accounts:\n${logins}\nPress Ctrl+C to stop.`);
    } else process.stdout.write(line);
  });
  const stop = async (code: number) => {
    server.kill('SIGTERM');
    await closeEmbedded();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  server.on('exit', (code) => void stop(code ?? 0));
}

main().catch(async (e) => {
  console.error(`demo failed: ${e instanceof Error ? e.message : e}`);
  await closeEmbedded().catch(() => {});
  process.exit(1);
});
