import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { closeEmbedded, connectEmbedded, lockPathFor } from '../../lib/db/embedded.ts';
import { createPrisma } from '../../lib/db/client.ts';
import { applyMigrations } from '../../lib/db/migrate.ts';

// PGlite has no lock of its own: these tests prove that a second process (the CLI) never opens
// the data directory directly while another process owns it, and that nothing is lost.

const run = promisify(execFile);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-share-'));
const dir = path.join(root, 'pglite');

function cliImport(file: string) {
  return run('node', ['bin/claimscope.js', 'import', file, '--json'], {
    env: { ...process.env, DATABASE_URL: `pglite:${dir}`, NODE_NO_WARNINGS: '1' },
    timeout: 120_000,
  });
}

function writeDoc(name: string, body: string) {
  const file = path.join(root, name);
  fs.writeFileSync(file, body);
  return file;
}

afterAll(async () => {
  await closeEmbedded(dir);
  fs.rmSync(root, { recursive: true, force: true });
});

describe('embedded database shared between processes', () => {
  it('lets the CLI write through the owner while it holds the directory', async () => {
    const url = await connectEmbedded(dir);
    await applyMigrations(url);
    const lock = JSON.parse(fs.readFileSync(lockPathFor(dir), 'utf8'));
    expect(lock.pid).toBe(process.pid);
    expect(lock.port).toBeGreaterThan(0);

    const { stdout } = await cliImport(writeDoc('a.txt', 'The harbour handled 1,200 ships in 2022, the port authority said.'));
    const [imported] = JSON.parse(stdout);
    expect(imported.status).toBe('created');

    const db = createPrisma(url);
    expect(await db.document.findUnique({ where: { id: imported.id } })).not.toBeNull();
    await db.$disconnect();
  });

  it('lets the CLI own the directory when nobody else does, and keeps every row', async () => {
    await closeEmbedded(dir);
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);
    const { stdout } = await cliImport(writeDoc('b.txt', 'Die Stadt baut bis 2026 rund 300 neue Wohnungen, erklärte die Bürgermeisterin.'));
    expect(JSON.parse(stdout)[0].status).toBe('created');
    expect(fs.existsSync(lockPathFor(dir))).toBe(false); // released on exit

    const db = createPrisma(await connectEmbedded(dir));
    expect(await db.document.count()).toBe(2);
    await db.$disconnect();
  });

  it('takes over a lock left behind by a process that died', async () => {
    await closeEmbedded(dir);
    fs.writeFileSync(lockPathFor(dir), JSON.stringify({ pid: 2 ** 22 + 12345, port: 1, dir }));
    const db = createPrisma(await connectEmbedded(dir));
    expect(await db.document.count()).toBe(2);
    expect(JSON.parse(fs.readFileSync(lockPathFor(dir), 'utf8')).pid).toBe(process.pid);
    await db.$disconnect();
  });
});
