import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { prepareDocument } from '../../lib/services/import-document.ts';
import { prepareImports } from '../../lib/services/import-files.ts';
import { testTargets, type TestDatabase } from './databases.ts';
import { allRowCounts } from './all-row-counts.ts';
import { startCli, waitForStderr } from './cli-process.ts';

// Crash safety: `kill -9` of a CLI import in the middle of storing a large folder leaves no half
// document (a document is stored with all its claims and quantities or not at all; the default
// batch not at all), and the rerun completes the import without duplicates.

const FILES = 24;
// The plain progress line (stderr is not a terminal) once 8 or more files are stored.
const STORED_SOME = /(?:stored|imported) (?:[89]|1\d)\/24 /;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-crash-'));
for (let i = 0; i < FILES; i++) {
  const sentences = Array.from({ length: 120 }, (_, k) => `The agency reported ${i * 1000 + k} new jobs in district ${k} in ${1990 + (k % 30)}, the minister said.`);
  fs.writeFileSync(path.join(folder, `report-${String(i).padStart(2, '0')}.md`), `# Report ${i}\n\n${sentences.join(' ')}\n`);
}

/** What a complete import of each file stores: its claim and quantity counts, by content hash. */
async function expectedByHash() {
  const map = new Map<string, { claims: number; quantities: number }>();
  for (const input of await prepareImports([folder], {})) {
    const doc = prepareDocument(input);
    const claims = doc.claimInputs;
    map.set(doc.hash, { claims: claims.length, quantities: claims.reduce((n, c) => n + c.quantities.length, 0) });
  }
  return map;
}

async function assertWholeDocuments(t: TestDatabase, expected: Awaited<ReturnType<typeof expectedByHash>>) {
  const docs = await t.db.document.findMany({ select: { contentHash: true, claims: { select: { _count: { select: { quantities: true } } } } } });
  for (const d of docs) {
    const want = expected.get(d.contentHash);
    expect(want, 'a stored document that is not from the folder').toBeDefined();
    expect({ claims: d.claims.length, quantities: d.claims.reduce((n, c) => n + c._count.quantities, 0) }).toEqual(want);
  }
  const hashes = await t.db.document.groupBy({ by: ['contentHash'], _count: true });
  expect(hashes.every((h) => h._count === 1), 'a duplicate document').toBe(true);
  return docs.length;
}

async function killWhileStoring(t: TestDatabase, flags: string[]) {
  const run = startCli(['import', folder, ...flags], t.url);
  await waitForStderr(run, STORED_SOME);
  run.child.kill('SIGKILL');
  const r = await run.done;
  expect(r.signal).toBe('SIGKILL');
}

async function rerun(t: TestDatabase, flags: string[]) {
  const run = startCli(['import', folder, ...flags], t.url);
  const r = await run.done;
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe.each(testTargets)('kill -9 during an import on $name', ({ open }) => {
  let t: TestDatabase;
  let expected: Awaited<ReturnType<typeof expectedByHash>>;
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
    expected = await expectedByHash();
  });
  afterAll(async () => t?.dispose());

  it('an all-or-nothing batch leaves nothing behind, and the rerun imports every file once', async () => {
    const before = await allRowCounts(t.db);
    await killWhileStoring(t, []);
    expect(await allRowCounts(t.db)).toEqual(before);
    const out = await rerun(t, []);
    expect(out.match(/ created /g)).toHaveLength(FILES);
    expect(await assertWholeDocuments(t, expected)).toBe(FILES);
    await t.db.document.deleteMany();
  });

  it('with --continue-on-error only whole documents stay, and the rerun completes without duplicates', async () => {
    await killWhileStoring(t, ['--continue-on-error']);
    const kept = await assertWholeDocuments(t, expected);
    expect(kept).toBeLessThan(FILES);
    const out = await rerun(t, ['--continue-on-error']);
    expect(out.match(/ unchanged /g) ?? []).toHaveLength(kept);
    expect(out.match(/ created /g) ?? []).toHaveLength(FILES - kept);
    expect(await assertWholeDocuments(t, expected)).toBe(FILES);
  });
});

// Without a server the CLI itself owns the embedded directory: killing it kills the database
// process too. PostgreSQL's crash recovery in PGlite and the stale-lock takeover must hold.
describe('kill -9 of a CLI that owns the embedded database', () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-own-')), 'pglite');
  const url = `pglite:${dir}`;
  afterAll(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

  async function storedDocuments() {
    const r = await startCli(['documents', '--json'], url).done;
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as { title: string; claimCount: number }[];
  }

  it('keeps only whole documents and the rerun completes without duplicates', async () => {
    const migrated = await startCli(['node_modules/tsx/dist/cli.mjs', 'scripts/migrate.ts', 'deploy'], url, '').done;
    expect(migrated.code, migrated.stderr).toBe(0);
    const expected = await expectedByHash();
    const claimsPerFile = [...expected.values()].map((e) => e.claims);
    const run = startCli(['import', folder, '--continue-on-error'], url);
    await waitForStderr(run, STORED_SOME);
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    const kept = await storedDocuments();
    expect(kept.length).toBeLessThan(FILES);
    for (const d of kept) expect(claimsPerFile).toContain(d.claimCount);
    const again = await startCli(['import', folder, '--continue-on-error'], url).done;
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.match(/ unchanged /g) ?? []).toHaveLength(kept.length);
    const all = await storedDocuments();
    expect(all).toHaveLength(FILES);
    expect(new Set(all.map((d) => d.title)).size).toBe(FILES);
  });
});
