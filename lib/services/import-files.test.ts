import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import type { FetchedDocument, FetchOptions } from '../documents/fetch-url.ts';
import { planImports, readEach, readImports } from './import-files.ts';

// The file reader: what a folder contributes, metadata precedence, and that reading is lazy
// (one file per step of the iterator, so a bulk import never holds every text).

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-read-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function write(rel: string, content: string | Uint8Array): string {
  const p = path.join(scratch, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('planImports', () => {
  it('reads folders recursively, passes over hidden files and lists every other file it does not read', () => {
    const dir = path.join(scratch, 'mixed');
    write('mixed/a.txt', 'The council met on Monday.');
    write('mixed/sub/deeper/b.md', '# B\n\nThe mayor spoke.');
    write('mixed/photo.png', PNG);
    write('mixed/LICENSE', 'MIT');
    write('mixed/.hidden.txt', 'Hidden text.');
    write('mixed/.git/config.txt', 'Hidden folder.');
    const plan = planImports([dir], {});
    expect(plan.sources.map((s) => (s.kind === 'file' ? path.relative(dir, s.path) : s.url))).toEqual(['a.txt', path.join('sub', 'deeper', 'b.md')]);
    expect(plan.skipped.map((s) => [path.relative(dir, s.name), s.reason])).toEqual([
      ['LICENSE', expect.stringMatching(/^no file extension; supported: .*\.txt/)],
      ['photo.png', expect.stringMatching(/^unsupported format \(\.png\); supported: .*\.md/)],
    ]);
  });

  it('with a manifest reads only the files it lists, and says so for the others', () => {
    write('listed/a.txt', 'The council met on Monday.');
    write('listed/README.md', '# About this folder');
    const manifest = write('listed/manifest.json', JSON.stringify({ documents: [{ file: 'a.txt', title: 'A' }] }));
    const plan = planImports([path.join(scratch, 'listed')], { manifest });
    expect(plan.sources).toEqual([{ kind: 'file', path: path.join(scratch, 'listed', 'a.txt') }]);
    expect(plan.skipped).toEqual([{ name: path.join(scratch, 'listed', 'README.md'), reason: 'not listed in the manifest' }]);
  });

  it('takes http(s) arguments as URLs and refuses other schemes', () => {
    expect(planImports(['https://example.org/a', 'HTTP://example.org/b'], {}).sources).toEqual([
      { kind: 'url', url: 'https://example.org/a' },
      { kind: 'url', url: 'HTTP://example.org/b' },
    ]);
    expect(() => planImports(['ftp://example.org/a.txt'], {})).toThrow(/only http:\/\/ and https:\/\/ addresses can be imported/);
  });
});

describe('readEach', () => {
  it('reads one file per step, not all up front', async () => {
    const dir = path.join(scratch, 'lazy');
    const files = [1, 2, 3].map((i) => write(`lazy/${i}.txt`, `Report ${i}: the office counted ${i * 100} visitors.`));
    const items = readEach(planImports([dir], {}));
    const first = await items.next();
    expect(first.value?.input?.text).toMatch(/Report 1/);
    // Files still ahead of the iterator have not been read: a change now is what it yields.
    fs.writeFileSync(files[1], 'Changed: the office counted 7 visitors.');
    fs.writeFileSync(files[2], '');
    expect((await items.next()).value?.input?.text).toMatch(/^Changed/);
    expect((await items.next()).value).toMatchObject({ name: files[2], error: expect.stringMatching(/the file is empty/) });
    expect((await items.next()).done).toBe(true);
  });

  it('refuses a file deleted after it was listed, naming it', async () => {
    const file = write('vanishing/gone.txt', 'The office counted 12 visitors.');
    const plan = planImports([path.dirname(file)], {});
    fs.rmSync(file);
    const items = [];
    for await (const item of readEach(plan)) items.push(item);
    expect(items).toEqual([{ name: file, error: `${file}: no such file (was it moved or deleted?)` }]);
  });

  it('uses flags over the manifest over the file’s own metadata', async () => {
    const file = write('meta/dated.md', 'date 2019-05\n\nThe council approved 12 new buses.');
    const manifest = write('meta/manifest.json', JSON.stringify({ documents: [{ file: 'dated.md', published: '2021', outlet: 'Manifest Post' }] }));
    const read = async (flags: Parameters<typeof readImports>[1]) => (await readImports([file], flags)).inputs[0].meta;
    expect(await read({})).toMatchObject({ published: '2019-05', outlet: null });
    expect(await read({ manifest })).toMatchObject({ published: '2021', outlet: 'Manifest Post' });
    expect(await read({ manifest, date: '2022-01-02', outlet: 'Flag Daily' })).toMatchObject({ published: '2022-01-02', outlet: 'Flag Daily' });
  });

  it('fetches a URL through the injected fetcher, parses it with the content type and keeps the final URL', async () => {
    const calls: [string, FetchOptions][] = [];
    const fetch = async (url: string, options: FetchOptions): Promise<FetchedDocument> => {
      calls.push([url, options]);
      return { url, finalUrl: 'https://example.org/final', bytes: new TextEncoder().encode('The agency hired 40 nurses in 2023.'), contentType: 'text/plain; charset=utf-8' };
    };
    const plan = planImports(['https://example.org/start'], {}, { fetch });
    const items = [];
    for await (const item of readEach(plan)) items.push(item);
    for await (const item of readEach(plan)) items.push(item); // a second pass reuses the response
    expect(calls).toHaveLength(1);
    expect(calls[0][1].maxBytes).toBe(plan.limits.maxDocumentBytes);
    expect(items.map((i) => i.input?.meta.url)).toEqual(['https://example.org/final', 'https://example.org/final']);
    const flagged = await readImports(['https://example.org/start'], { url: 'https://example.org/canonical' }, { fetch });
    expect(flagged.inputs[0].meta.url).toBe('https://example.org/canonical');
  });

  it('yields a refused URL as an error naming it', async () => {
    const items = [];
    for await (const item of readEach(planImports(['http://127.0.0.1:9/doc'], {}))) items.push(item);
    expect(items).toEqual([{ name: 'http://127.0.0.1:9/doc', error: expect.stringMatching(/^http:\/\/127\.0\.0\.1:9\/doc: /) }]);
  });

  it('throws for what applies to the whole batch', async () => {
    const err = await readImports([path.join(scratch, 'missing')], {}).catch((e: unknown) => e);
    expect(isAppError(err) && err.userMessage).toMatch(/no such file or folder/);
  });
});
