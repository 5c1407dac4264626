import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeDocument, runExtract } from './extract';

const collect = (s: PassThrough): Promise<string> =>
  new Promise((resolve) => {
    let out = '';
    s.on('data', (c) => (out += c));
    s.on('end', () => resolve(out));
  });

const run = async (input: string, flags: { jsonl?: boolean; lang?: string }, file?: string) => {
  const stdout = new PassThrough();
  const done = collect(stdout);
  await runExtract(file, flags, { stdin: Readable.from([Buffer.from(input)]), stdout, stderr: new PassThrough() });
  stdout.end();
  return done;
};

describe('extract command (in-process)', () => {
  it('prints lang and claims for stdin', async () => {
    const out = JSON.parse(await run('Die Bahn verkaufte 2023 rund 1,8 Milliarden Tickets.', {}));
    expect(out.lang).toBe('de');
    expect(out.claims).toHaveLength(1);
  });

  it('rejects binary, invalid UTF-8 and empty input', () => {
    expect(() => decodeDocument(new Uint8Array([65, 0, 66]), 'x')).toThrow(/binary/);
    expect(() => decodeDocument(new Uint8Array([0xc3, 0x28]), 'x')).toThrow(/UTF-8/);
    expect(() => decodeDocument(new TextEncoder().encode('  \n'), 'x')).toThrow(/empty/);
  });

  it('rejects an unknown --lang', async () => {
    await expect(run('Hallo Welt, hier ist Text.', { lang: 'fr' })).rejects.toThrow(/--lang/);
  });

  it('streams JSON Lines and reports bad lines without stopping', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'The city hired 40 new teachers in 2022.' }),
      '{not json',
      JSON.stringify({ id: 7 }),
      JSON.stringify({ id: 'b', text: 'Das ist eine schlechte und falsche Idee.', lang: 'de' }),
    ].join('\n');
    const lines = (await run(input, { jsonl: true })).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'a', lang: 'en', checkworthy: true, checkworthyVia: 'claim', subjective: false, subjectiveCues: [] });
    expect(lines[0].claims[0]).toMatchObject({ subjective: false, subjectiveCues: [] });
    expect(lines[1]).toMatchObject({ id: null, error: 'invalid JSON' });
    expect(lines[2].id).toBe(7);
    expect(lines[2].error).toMatch(/text/);
    expect(lines[3]).toMatchObject({ id: 'b', lang: 'de', subjective: true });
    expect(lines[3].subjectiveCues).toEqual(expect.arrayContaining(['schlechte']));
    expect(lines[3].claims[0].subjective).toBe(true);
  });
});

describe('extract command (spawned CLI)', () => {
  const cli = (args: string[], input?: string | Buffer) =>
    spawnSync('npx', ['tsx', 'cli/index.ts', 'extract', ...args], { input, encoding: 'utf8', timeout: 60000 });

  it('reads a file and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-extract-'));
    const file = join(dir, 'doc.txt');
    writeFileSync(file, 'Senator Jane Porter said the bill would cut costs by 10 percent.');
    const r = cli([file, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).claims[0].speaker).toBe('Jane Porter');
  });

  it('fails with one stderr line and exit 1 on binary input', () => {
    const r = cli(['-'], Buffer.from([1, 0, 2, 3]));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('extract --jsonl from the CLI bundle (node bin/claimscope.js)', () => {
  it('gives the same lines as the TypeScript sources', async () => {
    const texts = [
      'Der Stadtrat hat am Dienstag 4,5 Millionen Euro für die Sanierung der Grundschule bewilligt.',
      'Bürgermeisterin Anna Keller sagte: „Wir werden im Herbst mit dem Bau beginnen.“',
      'The company said its revenue rose 12 percent to $3.4 billion in the third quarter.',
      'Das ist eine schlechte und völlig falsche Entscheidung!!!',
    ];
    const lines = Array.from({ length: 200 }, (_, i) => (i % 97 === 5 ? '{broken' : JSON.stringify({ id: i, text: `${texts[i % texts.length]} (${i})` })));
    const input = `${lines.join('\n')}\n`;
    const expected = await run(input, { jsonl: true });
    const r = spawnSync('node', ['bin/claimscope.js', 'extract', '--jsonl'], { input, encoding: 'utf8', timeout: 120000, maxBuffer: 1 << 26 });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').length).toBe(lines.length + 1);
    expect(r.stdout).toBe(expected);
  }, 120000);
});
