import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { isAppError } from '../../lib/errors.ts';
import { latestPublishedYear } from '../../lib/schemas/document.ts';
import { runImport, type ImportCommandFlags } from '../../cli/commands/import.ts';
import { testTargets, type TestDatabase } from './databases.ts';
import { allRowCounts } from './all-row-counts.ts';
import { spawnCli } from './cli-process.ts';

// Bad input through the import command (run in-process with the CLI's own function, and spawned
// for exit codes): each case stops with a one-line message naming the problem and exit code 1,
// and leaves every table unchanged. Then the batch guarantees: all-or-nothing, --continue-on-error,
// the claim-length cap and concurrent imports of one file.

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-bad-import-'));
const good = 'tests/fixtures/import/short-en.md';
const NUL = '\u0000';

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(scratch, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}
const manifest = (entry: Record<string, unknown>) => file(`manifest-${Math.random().toString(36).slice(2)}.json`, JSON.stringify({ documents: [{ file: 'short-en.md', ...entry }] }));

type Outcome = { code: number; stdout: string; stderr: string };

async function importCli(t: TestDatabase, paths: string[], flags: ImportCommandFlags = {}): Promise<Outcome> {
  const [stdout, stderr] = [new PassThrough(), new PassThrough()];
  const text = (s: PassThrough) => (s.end(), s.read()?.toString() ?? '');
  try {
    const code = await runImport(paths, flags, { stdout, stderr, db: async () => t.db });
    return { code, stdout: text(stdout), stderr: text(stderr) };
  } catch (e) {
    // What cli/index.ts does with an error: the user message on one line, exit code 1.
    return { code: 1, stdout: text(stdout), stderr: `claimscope: ${isAppError(e) ? e.userMessage : `UNEXPECTED ${String(e)}`}\n${text(stderr)}` };
  }
}

type Case = [label: string, args: () => [string[], ImportCommandFlags], message: RegExp];
const later = String(latestPublishedYear() + 1);
const cases: Case[] = [
  ['--date 9999-12-31', () => [[good], { date: '9999-12-31' }], /published: date 9999-12-31 is out of range \(1800 – \d{4}\)/],
  ['--date 0100-01-01', () => [[good], { date: '0100-01-01' }], /published: date 0100-01-01 is out of range \(1800 – \d{4}\)/],
  ['--date 1799', () => [[good], { date: '1799' }], /date 1799 is out of range/],
  [`--date ${later}`, () => [[good], { date: later }], new RegExp(`date ${later} is out of range`)],
  ['--date 2020-13', () => [[good], { date: '2020-13' }], /published: Not a calendar date/],
  ['--date with NUL', () => [[good], { date: `2020${NUL}` }], /published: Dates are YYYY/],
  ['a first line "date 9999-12-31"', () => [[file('future.md', 'date 9999-12-31\n\nThe council met on Monday.')], {}], /future\.md: published: date 9999-12-31 is out of range/],
  ['a first line "date 0100-01-01"', () => [[file('ancient.md', 'date 0100-01-01\nThe council met on Monday.')], {}], /ancient\.md: published: date 0100-01-01 is out of range/],
  ['a manifest date 9999-12-31', () => [[good], { manifest: manifest({ published: '9999-12-31' }) }], /documents\.0\.published: date 9999-12-31 is out of range/],
  ['a manifest URL javascript:', () => [[good], { manifest: manifest({ url: 'javascript:alert(document.cookie)' }) }], /documents\.0\.url: must be an http:\/\/ or https:\/\/ address/],
  ['a manifest title with NUL', () => [[good], { manifest: manifest({ title: `Title${NUL}` }) }], /documents\.0\.title: contains the control character U\+0000/],
  ['a manifest author with ESC', () => [[good], { manifest: manifest({ author: 'A. Writer\u001B[0m' }) }], /documents\.0\.author: contains the control character U\+001B/],
  ['a manifest outlet over 500 characters', () => [[good], { manifest: manifest({ outlet: 'o'.repeat(501) }) }], /documents\.0\.outlet: is too long/],
  ['--url javascript:', () => [[good], { url: 'javascript:alert(1)' }], /url: must be an http:\/\/ or https:\/\/ address \(got "javascript:alert\(1\)"\)/],
  ['--url JaVaScRiPt: in mixed case', () => [[good], { url: 'JaVaScRiPt:alert(1)' }], /url: must be an http/],
  ['--url data:', () => [[good], { url: 'data:text/html;base64,PHNjcmlwdD4=' }], /url: must be an http/],
  ['--url vbscript:', () => [[good], { url: 'vbscript:msgbox(1)' }], /url: must be an http/],
  ['--url file:', () => [[good], { url: 'file:///etc/passwd' }], /url: must be an http/],
  ['--url without a host', () => [[good], { url: 'https://' }], /url: must be an http/],
  ['--url over 2000 characters', () => [[good], { url: `https://example.org/${'a'.repeat(2000)}` }], /url: is too long/],
  ['--title with NUL', () => [[good], { title: `Tram${NUL}` }], /title: contains the control character U\+0000/],
  ['--title over 500 characters', () => [[good], { title: 't'.repeat(501) }], /title: is too long/],
  ['--author with BEL', () => [[good], { author: ['A. Writer\u0007'] }], /authors\.0: contains the control character U\+0007/],
  ['--outlet with a C1 control', () => [[good], { outlet: 'Daily\u009B' }], /outlet: contains the control character U\+009B/],
  ['--kind unknown', () => [[good], { kind: 'rumour' }], /kind: /],
  ['--lang unknown', () => [[good], { lang: 'xx' }], /language: /],
  ['an empty file', () => [[file('empty.md', '')], {}], /empty\.md: the file is empty/],
  ['a whitespace-only file', () => [[file('blank.md', ' \n\t\n')], {}], /blank\.md: the file has no text/],
  ['a binary file', () => [[file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))], {}], /image\.txt: unsupported format PNG image \(supported: /],
  ['text with a NUL byte inside', () => [[file('nul.txt', `The council${NUL}met.`)], {}], /nul\.txt: unsupported format binary data/],
  ['a non-UTF-8 (Latin-1) file', () => [[file('latin1.txt', new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]))], {}], /latin1\.txt: the file is not valid UTF-8/],
  ['a UTF-16 file', () => [[file('utf16.txt', new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0]))], {}], /utf16\.txt: the file is UTF-16/],
  ['a file over 20 MB', () => [[file('huge.txt', Buffer.alloc(21 * 1024 * 1024, 'Der Rat tagt. '))], {}], /huge\.txt: the file is 21 MB; the limit is 20 MB/],
  ['a missing file', () => [[path.join(scratch, 'nope.md')], {}], /nope\.md: no such file or folder/],
  ['a folder without text files', () => [[path.dirname(file('pictures/a.png', 'x'))], {}], /the folder has no files in a supported format/],
  ['a manifest that is not JSON', () => [[good], { manifest: file('broken.json', '{"documents": [') }], /broken\.json: not a readable JSON manifest/],
  ['a manifest of the wrong shape', () => [[good], { manifest: file('shape.json', '{"documents": [{"file": 3}]}') }], /documents\.0\.file: /],
  ['a good file batched with an empty one', () => [[good, file('empty2.md', '')], {}], /empty2\.md: the file is empty/],
  ['--title with two files', () => [[good, file('second.md', 'A second document with text.')], { title: 'One' }], /--title can only be used with a single file/],
  ['--replace with a malformed id', () => [[good], { replace: `x${NUL}` }], /no document with that id/],
];

async function addStorageFailure(t: TestDatabase) {
  // A real failure inside the database while storing: a trigger refuses one title.
  await t.db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION refuse_poison() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full (simulated)'; END $$ LANGUAGE plpgsql`);
  await t.db.$executeRawUnsafe(`CREATE TRIGGER refuse_poison BEFORE INSERT ON "Document" FOR EACH ROW WHEN (NEW.title LIKE 'Poison%') EXECUTE FUNCTION refuse_poison()`);
}

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe.each(testTargets)('bad input through the import command on $name', ({ open }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
    await addStorageFailure(t);
  });
  afterAll(async () => t?.dispose());

  it.each(cases)('%s', async (_label, args, message) => {
    const before = await allRowCounts(t.db);
    const [paths, flags] = args();
    const r = await importCli(t, paths, flags);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/UNEXPECTED/);
    expect(await allRowCounts(t.db)).toEqual(before);
  });

  it.each([
    ['--date 9999-12-31', ['--date', '9999-12-31'], /^claimscope: .*published: date 9999-12-31 is out of range \(1800 – \d{4}\)\n$/],
    ['--url javascript:', ['--url', 'javascript:alert(1)'], /^claimscope: .*url: must be an http:\/\/ or https:\/\/ address/],
  ])('the spawned CLI refuses %s with one line and exit code 1', async (_label, flags, message) => {
    const before = await allRowCounts(t.db);
    const r = await spawnCli(['import', good, ...flags], t.url);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(await allRowCounts(t.db)).toEqual(before);
  });

  it('stores nothing when a later file of the batch fails while storing', async () => {
    const before = await allRowCounts(t.db);
    const batch = [file('batch/1-good.md', 'The council approved 12 million euros for schools on Monday.'), file('batch/2-poison.md', '# Poison pill\n\nThe second file fails while storing.')];
    const r = await importCli(t, batch);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/2-poison\.md: could not store the document \(.*disk full \(simulated\).*\); nothing was stored, not even the files before it/);
    expect(await allRowCounts(t.db)).toEqual(before);
  });

  it('with --continue-on-error keeps the good files, lists the failures and exits 1', async () => {
    const before = await allRowCounts(t.db);
    file('each/1-good.md', 'The mayor said 300 new flats will be built by 2027.');
    file('each/2-poison.md', '# Poison again\n\nThis one fails while storing.');
    file('each/3-empty.md', '');
    const r = await importCli(t, [path.join(scratch, 'each')], { continueOnError: true });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\[1\/3\] created .*300 new flats/);
    expect(r.stderr).toMatch(/2 file\(s\) failed, 1 imported/);
    expect(r.stderr).toMatch(/failed .*2-poison\.md: could not store the document/);
    expect(r.stderr).toMatch(/failed .*3-empty\.md: the file is empty/);
    const after = await allRowCounts(t.db);
    expect(after.Document).toBe(before.Document + 1);
  });

  it('does not make a 4.5 MB single line one claim', async () => {
    const line = 'Der Rat hat am Montag beschlossen, dass die Stadt 40 Millionen Euro für die neue Straßenbahn ausgibt und '.repeat(42_000);
    const r = await importCli(t, [file('one-line.txt', line)], { lang: 'de' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/created .*\(0 claims\); 1 sentence\(s\) over the claim-length cap were not made claims/);
    const longest = await t.db.$queryRaw<{ n: number | null }[]>`SELECT max(length(text))::int AS n FROM "Claim"`;
    expect(longest[0].n ?? 0).toBeLessThanOrEqual(2000);
  });

  it('two imports of the same file at once create one document', async () => {
    const text = file('twice/same.md', 'The harbour authority said 2.5 million tonnes were shipped in 2023.');
    const before = await allRowCounts(t.db);
    const runs = await Promise.all([importCli(t, [text], { json: true }), importCli(t, [text], { json: true }), importCli(t, [text], { json: true })]);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    const statuses = runs.map((r) => (JSON.parse(r.stdout) as { status: string }[])[0].status).sort();
    expect(statuses).toEqual(['created', 'unchanged', 'unchanged']);
    expect((await allRowCounts(t.db)).Document).toBe(before.Document + 1);
  });

  it('two CLI processes importing the same folder at once store each document once', async () => {
    const dir = path.join(scratch, 'parallel');
    for (let i = 0; i < 4; i++) file(`parallel/${i}.md`, `Report ${i}: the agency counted ${1000 + i} visitors in ${2000 + i}.`);
    const before = await allRowCounts(t.db);
    const [a, b] = await Promise.all([spawnCli(['import', dir, '--json'], t.url), spawnCli(['import', dir, '--json'], t.url)]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    const statuses = [a, b].flatMap((r) => (JSON.parse(r.stdout) as { status: string }[]).map((x) => x.status));
    expect(statuses.filter((s) => s === 'created')).toHaveLength(4);
    const after = await allRowCounts(t.db);
    expect(after.Document).toBe(before.Document + 4);
    const hashes = await t.db.document.groupBy({ by: ['contentHash'], _count: true });
    expect(hashes.every((h) => h._count === 1)).toBe(true);
  });
});
