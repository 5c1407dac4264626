import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { importDocument } from '../../lib/services/import-document.ts';
import { prepareImports } from '../../lib/services/import-files.ts';
import { rowCounts, testTargets, type TestDatabase } from './databases.ts';

const run = promisify(execFile);
const samples = path.resolve('data/samples');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-import-'));

function cli(args: string[], databaseUrl: string) {
  return run('node', ['bin/claimscope.js', ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_NO_WARNINGS: '1' },
    timeout: 120_000,
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

function writeScratch(name: string, bytes: Uint8Array | string) {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, bytes);
  return file;
}

const badInputs: [string, () => string[]][] = [
  ['a missing file', () => [path.join(scratch, 'does-not-exist.txt')]],
  ['an empty file', () => [writeScratch('empty.txt', '')]],
  ['a whitespace-only file', () => [writeScratch('blank.txt', ' \n\n\t ')]],
  ['a binary file', () => [writeScratch('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49]))]],
  ['invalid UTF-8 (Latin-1)', () => [writeScratch('latin1.txt', new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x20, 0x61, 0x75, 0x73, 0x20, 0x4b, 0xf6, 0x6c, 0x6e]))]],
  ['UTF-16 text', () => [writeScratch('utf16.txt', new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0]))]],
  ['a file over the size limit (20 MB)', () => [writeScratch('huge.txt', Buffer.alloc(21 * 1024 * 1024, 'Der Rat tagt. '))]],
  ['a bad date flag', () => ['tests/fixtures/import/short-en.md', '--date', '2020-13']],
  ['an impossible date', () => ['tests/fixtures/import/short-en.md', '--date', '2021-02-30']],
  ['an unknown flag', () => ['tests/fixtures/import/short-en.md', '--colour', 'red']],
  ['a malformed manifest', () => ['tests/fixtures/import/short-en.md', '--manifest', writeScratch('manifest.json', '{"documents": [{"file": 3}]}')]],
  ['a good file batched with a bad one', () => ['tests/fixtures/import/short-en.md', writeScratch('empty2.md', '')]],
];

describe.each(testTargets)('import on $name', ({ open }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
  });
  afterAll(async () => t?.dispose());

  it('imports the samples with manifest metadata and reports unchanged on re-import', async () => {
    const inputs = await prepareImports([samples], { manifest: path.join(samples, 'manifest.json') });
    expect(inputs).toHaveLength(2);
    const first = await Promise.all(inputs.map((i) => importDocument(t.db, i)));
    expect(first.map((r) => r.status)).toEqual(['created', 'created']);
    const counts = await rowCounts(t.db);
    const again = await Promise.all(inputs.map((i) => importDocument(t.db, i)));
    expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    expect(again.map((r) => r.id)).toEqual(first.map((r) => r.id));
    expect(await rowCounts(t.db)).toEqual(counts);

    const doc2020 = await t.db.document.findUniqueOrThrow({ where: { id: first[0].id }, include: { source: true } });
    expect(doc2020.datePrecision).toBe('month');
    expect(doc2020.publishedAt?.toISOString().slice(0, 7)).toBe('2020-02');
    expect(doc2020.text.startsWith('date')).toBe(false); // the date marker is metadata, not text
    const doc2024 = await t.db.document.findUniqueOrThrow({ where: { id: first[1].id }, include: { source: true } });
    expect(doc2024.authors).toEqual(['Lucas Lamberty']);
    expect(doc2024.source?.name).toMatch(/Konrad-Adenauer-Stiftung/);
    expect(doc2024.datePrecision).toBe('year');
  });

  it('stores extracted claims whose offsets index the document text', async () => {
    const doc = await t.db.document.findFirstOrThrow({ include: { claims: { include: { quantities: true } } } });
    expect(doc.claims.length).toBeGreaterThan(3);
    for (const c of doc.claims) {
      expect(doc.text.slice(c.start, c.end)).toBe(c.text);
      expect(c.reason.length).toBeGreaterThan(0);
      for (const q of c.quantities) expect(doc.text.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('CLI import --json reports created, then unchanged, and reads a leading date line', async () => {
    const first = await cli(['import', 'tests/fixtures/import/short-en.md', '--json', '--outlet', 'Test Gazette'], t.url);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const [created] = JSON.parse(first.stdout);
    expect(created).toMatchObject({ title: 'City council approves new tram line', status: 'created' });
    const second = await cli(['import', 'tests/fixtures/import/short-en.md', '--json'], t.url);
    expect(JSON.parse(second.stdout)).toEqual([{ ...created, status: 'unchanged' }]);
    const doc = await t.db.document.findUniqueOrThrow({ where: { id: created.id } });
    expect(doc.publishedAt?.toISOString().slice(0, 10)).toBe('2023-05-04');
    expect(doc.language).toBe('en');
  });

  it('CLI import --replace re-anchors a human claim and flags one whose quote is gone', async () => {
    const v1 = writeScratch('v1.txt', 'The bridge opened in May. It cost 40 million euros, the council said.');
    const [doc] = JSON.parse((await cli(['import', v1, '--json'], t.url)).stdout);
    const text = (await t.db.document.findUniqueOrThrow({ where: { id: doc.id } })).text;
    const quote = 'It cost 40 million euros';
    const human = await t.db.claim.create({
      data: { documentId: doc.id, text: quote, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, kind: 'factual', origin: 'human', reason: ['human'] },
    });
    const v2 = writeScratch('v2.txt', `Update: traffic is heavy. ${text}`);
    const moved = await cli(['import', v2, '--replace', doc.id, '--json'], t.url);
    expect(JSON.parse(moved.stdout)[0]).toMatchObject({ id: doc.id, status: 'updated', reanchored: 1, orphaned: 0 });
    const after = await t.db.claim.findUniqueOrThrow({ where: { id: human.id } });
    const newText = (await t.db.document.findUniqueOrThrow({ where: { id: doc.id } })).text;
    expect(newText.slice(after.start, after.end)).toBe(quote);
    const v3 = writeScratch('v3.txt', 'The bridge opened in May. The price was not disclosed.');
    const gone = await cli(['import', v3, '--replace', doc.id, '--json'], t.url);
    expect(JSON.parse(gone.stdout)[0]).toMatchObject({ status: 'updated', orphaned: 1 });
    expect((await t.db.claim.findUniqueOrThrow({ where: { id: human.id } })).orphaned).toBe(true);
    const before = await rowCounts(t.db);
    const forged = await cli(['import', v1, '--replace', 'forged-id'], t.url);
    expect(forged.code).toBe(1);
    expect(forged.stderr).toMatch(/no such document/);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it.each(badInputs)('refuses %s with a one-line error and stores nothing', async (_label, args) => {
    const before = await rowCounts(t.db);
    const result = await cli(['import', ...args()], t.url);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    const firstLine = result.stderr.trim().split('\n')[0];
    expect(firstLine).toMatch(/^(claimscope: |error: )/);
    expect(await rowCounts(t.db)).toEqual(before);
  });
});
