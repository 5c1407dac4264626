import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { isAppError } from '../../lib/errors.ts';
import type { FetchedDocument } from '../../lib/documents/fetch-url.ts';
import { importBatch } from '../../lib/services/import-batch.ts';
import { planImports, readEach, type ReadItem } from '../../lib/services/import-files.ts';
import { runImport, type ImportCommandFlags, type ImportIo } from '../../cli/commands/import.ts';
import { testTargets, type TestDatabase } from './databases.ts';
import { allRowCounts } from './all-row-counts.ts';
import { spawnCli } from './cli-process.ts';

// Folders of mixed files and URL arguments through the import command: every file that is not
// imported is listed with its reason, URLs go through the (injected) fetcher, and the batch
// pulls one document at a time from the reader.

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-bulk-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function write(rel: string, content: string | Uint8Array): string {
  const p = path.join(scratch, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

function mixedFolder(name: string): string {
  write(`${name}/one.txt`, `The ${name} office counted 1200 visitors in 2023, the director said.`);
  write(`${name}/notes/two.md`, `# Two\n\nThe ${name} council approved 40 new buses on Monday.`);
  write(`${name}/photo.png`, PNG);
  write(`${name}/picture.txt`, PNG); // PNG bytes under a text name: the content decides
  write(`${name}/empty.txt`, '');
  write(`${name}/.hidden.txt`, 'A hidden file is passed over.');
  return path.join(scratch, name);
}

type Outcome = { code: number; stdout: string; stderr: string };

async function importCli(t: TestDatabase, paths: string[], flags: ImportCommandFlags = {}, extra: Partial<ImportIo> = {}): Promise<Outcome> {
  const [stdout, stderr] = [new PassThrough(), new PassThrough()];
  const text = (s: PassThrough) => (s.end(), s.read()?.toString() ?? '');
  try {
    const code = await runImport(paths, flags, { stdout, stderr, db: async () => t.db, ...extra });
    return { code, stdout: text(stdout), stderr: text(stderr) };
  } catch (e) {
    return { code: 1, stdout: text(stdout), stderr: `claimscope: ${isAppError(e) ? e.userMessage : `UNEXPECTED ${String(e)}`}\n${text(stderr)}` };
  }
}

const fakeFetch = (text: string, finalUrl: string) => async (url: string): Promise<FetchedDocument> => ({ url, finalUrl, bytes: new TextEncoder().encode(text), contentType: 'text/plain' });

describe.each(testTargets)('bulk import on $name', ({ open }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
  });
  afterAll(async () => t?.dispose());

  it('with --continue-on-error imports the good files of a mixed folder and lists each other file with its reason', async () => {
    const dir = mixedFolder('mixed-each');
    const before = await allRowCounts(t.db);
    const r = await importCli(t, [dir], { continueOnError: true });
    expect(r.code).toBe(1);
    expect(r.stdout.match(/ created /g)).toHaveLength(2);
    expect(r.stderr).toMatch(/2 file\(s\) failed, 2 imported:/);
    expect(r.stderr).toMatch(/failed .*empty\.txt: the file is empty/);
    expect(r.stderr).toMatch(/failed .*picture\.txt: \S/);
    expect(r.stderr).toMatch(/skipped .*photo\.png: unsupported format \(\.png\)/);
    expect(r.stderr).not.toMatch(/hidden/);
    expect(r.stderr).toMatch(/done in \d+:\d\d: 2 created, 0 unchanged, 2 refused, 1 skipped/);
    expect((await allRowCounts(t.db)).Document).toBe(before.Document + 2);
  });

  it('all-or-nothing refuses a mixed folder as a whole, listing every refusal, and stores nothing', async () => {
    const dir = mixedFolder('mixed-atomic');
    const before = await allRowCounts(t.db);
    const r = await importCli(t, [dir]);
    expect(r.code).toBe(1);
    const [first, ...rest] = r.stderr.split('\n');
    expect(first).toMatch(/^claimscope: .*empty\.txt: the file is empty; 1 more file\(s\) refused \(listed above\); nothing was stored/);
    expect(rest.join('\n')).toMatch(/2 file\(s\) refused, nothing was stored:\n {2}failed .*empty\.txt: .*\n {2}failed .*picture\.txt: .*\n1 file\(s\) skipped:\n {2}skipped .*photo\.png: unsupported format/);
    expect(await allRowCounts(t.db)).toEqual(before);
  });

  it('a folder whose other files are only unsupported formats imports, listing what it skipped (exit 0)', async () => {
    write('with-image/report.txt', 'The port handled 2.5 million tonnes in 2022, the authority said.');
    write('with-image/chart.png', PNG);
    const r = await importCli(t, [path.join(scratch, 'with-image')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\[1\/1\] created .*2\.5 million tonnes/);
    expect(r.stderr).toMatch(/skipped .*chart\.png: unsupported format \(\.png\)/);
  });

  it('imports a URL through the fetcher, keeping the final URL unless --url is given', async () => {
    const fetch = fakeFetch('The agency hired 40 nurses in 2023, the minister said.', 'https://example.org/news/nurses');
    const r = await importCli(t, ['https://example.org/n?id=1'], { json: true }, { fetch });
    expect(r.code, r.stderr).toBe(0);
    const [doc] = JSON.parse(r.stdout) as { id: string; status: string }[];
    expect(doc.status).toBe('created');
    expect((await t.db.document.findUniqueOrThrow({ where: { id: doc.id } })).url).toBe('https://example.org/news/nurses');
    const other = fakeFetch('The agency hired 41 nurses in 2024, the minister said.', 'https://example.org/news/more');
    const flagged = await importCli(t, ['https://example.org/n?id=2'], { json: true, url: 'https://example.org/canonical' }, { fetch: other });
    const [doc2] = JSON.parse(flagged.stdout) as { id: string }[];
    expect((await t.db.document.findUniqueOrThrow({ where: { id: doc2.id } })).url).toBe('https://example.org/canonical');
  });

  it('refuses a URL the fetcher refuses with one line, storing nothing (also batched with a good file)', async () => {
    const good = write('url-batch/good.txt', 'The library lent 9000 books in 2021, the city said.');
    const before = await allRowCounts(t.db);
    const r = await importCli(t, [good, 'http://127.0.0.1:9/private']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(/^claimscope: http:\/\/127\.0\.0\.1:9\/private: \S/);
    expect(await allRowCounts(t.db)).toEqual(before);
    const spawned = await spawnCli(['import', 'http://127.0.0.1:9/private'], t.url);
    expect(spawned.code).toBe(1);
    expect(spawned.stderr).toMatch(/^claimscope: http:\/\/127\.0\.0\.1:9\/private: [^\n]+\n$/);
    expect(await allRowCounts(t.db)).toEqual(before);
  });

  it('an all-or-nothing rerun after a partial --continue-on-error run stores only the missing files', async () => {
    const files = [0, 1, 2, 3, 4].map((i) => write(`partial/${i}.txt`, `Partial ${i}: the fund paid ${700 + i} grants in ${2000 + i}.`));
    const first = await importCli(t, files.slice(0, 3), { continueOnError: true, json: true });
    expect(first.code, first.stderr).toBe(0);
    const before = await allRowCounts(t.db);
    const r = await importCli(t, [path.join(scratch, 'partial')], { json: true });
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { status: string }[]).map((d) => d.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'created', 'created']);
    expect((await allRowCounts(t.db)).Document).toBe(before.Document + 2);
  });

  it('pulls the next document from the reader only after the previous one is stored', async () => {
    const dir = path.join(scratch, 'stream');
    for (let i = 0; i < 4; i++) write(`stream/${i}.txt`, `Stream ${i}: the office counted ${300 + i} visitors in ${2010 + i}.`);
    const plan = planImports([dir], {});
    const events: string[] = [];
    async function* traced(): AsyncGenerator<ReadItem> {
      for await (const item of readEach(plan)) {
        events.push(`read ${path.basename(item.name)}`);
        yield item;
      }
    }
    for (const continueOnError of [false, true]) {
      events.length = 0;
      await importBatch(t.db, traced, { continueOnError, total: 4, onDocument: (e) => events.push(`stored ${path.basename(e.name)}`) });
      expect(events).toEqual(['0', '1', '2', '3'].flatMap((i) => [`read ${i}.txt`, `stored ${i}.txt`]));
    }
  });
});
