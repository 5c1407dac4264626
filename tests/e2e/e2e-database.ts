import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

// Direct access to the e2e server's embedded database (through its owner's socket) and its CLI,
// for specs that need data or settings the demo does not have.

const run = promisify(execFile);
export const root = path.resolve(import.meta.dirname, '../..');
export const dataDir = path.join(root, '.e2e-data'); // CLAIMSCOPE_DATA_DIR of playwright.config.ts's web server
const cliEnv = { ...process.env, CLAIMSCOPE_DATA_DIR: dataDir, DATABASE_URL: '', NODE_NO_WARNINGS: '1' };

export async function runCli(args: string[]): Promise<string> {
  const { stdout } = await run('node', ['bin/claimscope.js', ...args], { cwd: root, env: cliEnv, timeout: 120_000 });
  return stdout;
}

export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const { port } = JSON.parse(fs.readFileSync(path.join(dataDir, '.pglite.lock'), 'utf8')) as { port: number };
  const client = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
