import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { writeGeneratedFiles } from '../../scripts/bench/import-corpus.ts';
import { rowCounts, testTargets, type TestDatabase } from './databases.ts';
import { startCli, waitForStderr } from './cli-process.ts';

// A killed bulk import of 1,000 files, rerun, ends with exactly 1,000 documents: the default
// all-or-nothing batch leaves nothing behind when killed, --continue-on-error keeps whole
// documents and its rerun skips them by content hash (no duplicates, no half documents).

const FILES = 1000;
const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-bulk-crash-')), 'files');
writeGeneratedFiles(folder, FILES);
afterAll(() => fs.rmSync(path.dirname(folder), { recursive: true, force: true }));

async function killAfterSome(t: TestDatabase, flags: string[], progress: RegExp) {
  const run = startCli(['import', folder, ...flags], t.url);
  await waitForStderr(run, progress);
  run.child.kill('SIGKILL');
  expect((await run.done).signal).toBe('SIGKILL');
}

async function rerun(t: TestDatabase, flags: string[]) {
  const r = await startCli(['import', folder, ...flags], t.url).done;
  expect(r.code, r.stderr.slice(-2000)).toBe(0);
  return r.stdout;
}

/** No duplicate text, and every document stored with its claims (each generated file has some). */
async function assertConsistent(t: TestDatabase) {
  const hashes = await t.db.document.groupBy({ by: ['contentHash'], _count: true, having: { contentHash: { _count: { gt: 1 } } } });
  expect(hashes, 'duplicate documents').toEqual([]);
  expect(await t.db.document.count({ where: { claims: { none: {} } } }), 'documents without their claims').toBe(0);
  return rowCounts(t.db);
}

describe.each(testTargets)('a killed bulk import of 1,000 files on $name', ({ open }) => {
  let t: TestDatabase;
  let complete: Awaited<ReturnType<typeof rowCounts>>;
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
  });
  afterAll(async () => t?.dispose());

  it('all-or-nothing: killed while storing leaves 0 documents, the rerun stores 1,000', { timeout: 240_000 }, async () => {
    await killAfterSome(t, [], /stored [2-9]\d\d\/1000 /);
    expect(await rowCounts(t.db)).toEqual({ documents: 0, claims: 0, quantities: 0, sources: 0 });
    const out = await rerun(t, []);
    expect(out.match(/ created /g)).toHaveLength(FILES);
    complete = await assertConsistent(t);
    expect(complete.documents).toBe(FILES);
    await t.db.document.deleteMany();
  });

  it('--continue-on-error: killed after some are stored, the rerun completes to exactly 1,000', { timeout: 240_000 }, async () => {
    await killAfterSome(t, ['--continue-on-error'], /imported [2-9]\d\d\/1000 /);
    const kept = (await assertConsistent(t)).documents;
    expect(kept).toBeGreaterThanOrEqual(200);
    expect(kept).toBeLessThan(FILES);
    const out = await rerun(t, ['--continue-on-error']);
    expect(out.match(/ unchanged /g) ?? []).toHaveLength(kept);
    expect(out.match(/ created /g) ?? []).toHaveLength(FILES - kept);
    // The same rows as the uninterrupted import of the first test: nothing half-stored stayed.
    expect(await assertConsistent(t)).toEqual(complete);
  });
});
