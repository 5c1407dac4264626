import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { isAppError } from '../../lib/errors.ts';
import { docxParts, makeDocx, makePdf, makeZip } from '../../lib/documents/formats/test-files.ts';
import { runImport, type ImportCommandFlags } from '../../cli/commands/import.ts';
import { testTargets, type TestDatabase } from './databases.ts';
import { allRowCounts } from './all-row-counts.ts';
import { spawnCli } from './cli-process.ts';

// Real files of every format and a URL served by a local HTTP server, through the import
// command: each is stored with its text and metadata, or refused with a clear message and every
// table's row count unchanged.

const fixtures = path.join(import.meta.dirname, '../fixtures/import/formats');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-formats-'));

const page = `<!doctype html><html lang="en"><head><title>Ferry | Coast News</title>
<meta property="og:title" content="Ferry service doubles its crossings">
<meta property="og:site_name" content="Coast News"><meta name="author" content="Mia Stone">
<meta property="article:published_time" content="2023-06-04T08:00:00+02:00">
<script>window.steal = document.cookie</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a></nav><iframe src="https://ads.example/"></iframe>
<article><h1>Ferry service doubles its crossings</h1>
<p>The island ferry will sail 24 times a day from July, up from 12, the operator said on Monday.</p>
<p>Harbour master Tom Reed said the new timetable "will end the queues at the pier".</p></article></body></html>`;

let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/moved') return res.writeHead(302, { location: '/ferry' }).end();
    if (req.url === '/ferry') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(scratch, { recursive: true, force: true });
});

function write(name: string, bytes: Uint8Array | string): string {
  const p = path.join(scratch, name);
  fs.writeFileSync(p, bytes);
  return p;
}

async function importCli(t: TestDatabase, paths: string[], flags: ImportCommandFlags = {}) {
  const [stdout, stderr] = [new PassThrough(), new PassThrough()];
  const text = (s: PassThrough) => (s.end(), s.read()?.toString() ?? '');
  try {
    const code = await runImport(paths, { json: true, ...flags }, { stdout, stderr, db: async () => t.db });
    return { code, stdout: text(stdout), error: '' };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { code: 1, stdout: text(stdout), error: e.userMessage };
  }
}

async function withAllowList<T>(allow: string, work: () => Promise<T>): Promise<T> {
  const before = process.env.CLAIMSCOPE_FETCH_ALLOW;
  process.env.CLAIMSCOPE_FETCH_ALLOW = allow;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.CLAIMSCOPE_FETCH_ALLOW;
    else process.env.CLAIMSCOPE_FETCH_ALLOW = before;
  }
}

describe.each(testTargets)('importing real formats on $name', ({ open }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
  });
  afterAll(async () => t?.dispose());

  const stored = async (out: string) => {
    const [row] = JSON.parse(out) as { id: string; status: string }[];
    expect(row.status).toBe('created');
    return t.db.document.findUniqueOrThrow({ where: { id: row.id }, include: { source: true, _count: { select: { claims: true } } } });
  };

  it('stores a word processor PDF with its text layer, repaired hyphens and its info dictionary', async () => {
    const r = await importCli(t, [path.join(fixtures, 'word-processor-de.pdf')]);
    expect(r.error).toBe('');
    const doc = await stored(r.stdout);
    expect(doc.title).toBe('Arbeitslosigkeit im Herbst gestiegen');
    expect(doc.format).toBe('pdf');
    expect(doc.authors).toEqual(['Erika Beispiel']);
    expect(doc.language).toBe('de');
    expect(doc.text).toContain('deutlich gestiegen');
    expect(doc.text).toMatch(/zurück\.\n\nDie Bundesregierung/);
    expect(doc._count.claims).toBeGreaterThan(0);
  });

  it('stores a .docx with its paragraphs and core properties', async () => {
    const file = write('rat.docx', await makeDocx(['Der Stadtrat beschloss am Montag 40 neue Busse.', 'Die Bürgermeisterin sagte, der Takt werde dichter.'], { title: 'Neue Busse für die Stadt', creator: 'Jonas Feld' }));
    const doc = await stored((await importCli(t, [file])).stdout);
    expect(doc.title).toBe('Neue Busse für die Stadt');
    expect(doc.format).toBe('docx');
    expect(doc.authors).toEqual(['Jonas Feld']);
    expect(doc.text).toBe('Der Stadtrat beschloss am Montag 40 neue Busse.\n\nDie Bürgermeisterin sagte, der Takt werde dichter.');
  });

  // As a user runs it: a CLI process that reads CLAIMSCOPE_FETCH_ALLOW from its environment.
  const importUrl = (url: string, allow: string) => withAllowList(allow, () => spawnCli(['import', url, '--json'], t.url));

  it('imports a URL from a local server (allowed by CLAIMSCOPE_FETCH_ALLOW): main text, page metadata, the final URL', async () => {
    const r = await importUrl(`${base}/moved`, '127.0.0.1');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = await stored(r.stdout);
    expect(doc.title).toBe('Ferry service doubles its crossings');
    expect(doc.format).toBe('html');
    expect(doc.url).toBe(`${base}/ferry`);
    expect(doc.authors).toEqual(['Mia Stone']);
    expect(doc.source?.name).toBe('Coast News');
    expect(doc.publishedAt?.toISOString().slice(0, 10)).toBe('2023-06-04');
    expect(doc.text).toContain('The island ferry will sail 24 times a day');
    expect(doc.text).not.toMatch(/steal|cookie|color: red|Home/);
  });

  it('refuses a loopback URL without an allow list, and a missing page, storing nothing', async () => {
    const before = await allRowCounts(t.db);
    const refused = await importUrl(`${base}/ferry`, '');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is not a public address \(loopback\)/);
    const missing = await importUrl(`${base}/gone`, '127.0.0.1');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/404/);
    expect(await allRowCounts(t.db)).toEqual(before);
  });

  it('refuses each bad file with its reason and leaves every table as it was', async () => {
    const pdf = await makePdf([[{ text: 'Ein Satz auf der Seite.', x: 50, y: 700 }]]);
    const bad: [string, Uint8Array | string, RegExp][] = [
      ['scan.pdf', await makePdf([[]]), /no text layer \(a scan\?\); run OCR first/],
      ['halb.pdf', pdf.slice(0, Math.floor(pdf.length / 2)), /damaged or incomplete/],
      ['kein-zip.docx', 'Das ist kein ZIP-Archiv, nur Text.', /not a valid Word \(\.docx\) file/],
      ['bombe.docx', makeZip(docxParts(['x']).map((p, i) => (i === 2 ? { ...p, claimSize: 0xfffffff0 } : p))), /possible ZIP bomb/],
      ['bild.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /unsupported format PNG image/],
      ['leer.md', '', /the file is empty/],
      ['pdf-als.txt', await makePdf([[]]), /no text layer/],
    ];
    const before = await allRowCounts(t.db);
    for (const [name, bytes, reason] of bad) {
      const r = await importCli(t, [write(name, bytes)]);
      expect(r.code, name).toBe(1);
      expect(r.error, name).toMatch(new RegExp(`^${name.replace('.', '\\.')}|${name.replace('.', '\\.')}: `));
      expect(r.error, name).toMatch(reason);
    }
    expect(await allRowCounts(t.db)).toEqual(before);
  });

  it('reads a PDF named .txt as a PDF: the content decides', async () => {
    const bytes = await makePdf([[{ text: 'Die Fähre fährt künftig 24-mal am Tag, teilte die Reederei mit.', x: 50, y: 700 }]], { title: 'Fähre fährt öfter' });
    const doc = await stored((await importCli(t, [write('faehre.txt', bytes)])).stdout);
    expect(doc.title).toBe('Fähre fährt öfter');
    expect(doc.format).toBe('pdf');
    expect(doc.text).toBe('Die Fähre fährt künftig 24-mal am Tag, teilte die Reederei mit.');
  });
});
