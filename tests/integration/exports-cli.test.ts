import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { importDocument } from '../../lib/services/import-document.ts';
import { testTargets, type TestDatabase } from './databases.ts';
import { makeUser } from './claim-fixtures.ts';
import { allRowCounts } from './all-row-counts.ts';
import { spawnCli } from './cli-process.ts';

// The CLI's export shapes as users get them on standard output, --out, restore and
// import-annotations through bin/claimscope.js, on both databases.

describe.each(testTargets)('claimscope export / restore / import-annotations on $name', ({ open }) => {
  let t: TestDatabase;
  let second: TestDatabase;
  let docId: string;
  let scratch: string;

  beforeAll(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-exports-cli-'));
    // One after the other: two PostgreSQL test databases opened in the same millisecond share a name.
    t = await open();
    second = await open();
    await Promise.all([applyMigrations(t.url), applyMigrations(second.url)]);
    await makeUser(t.db, 'admin');
    const text = 'The mayor said the tram line will cost 40 million euros. Critics say that is far too much money.';
    docId = (await importDocument(t.db, { name: 'tram', text, meta: { title: 'Tram', authors: [], language: 'en', kind: 'article', url: 'https://news.example/tram' } })).id;
  }, 120_000);
  afterAll(async () => {
    await t?.dispose();
    await second?.dispose();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('writes each format to standard output in its shape', async () => {
    const wa = await spawnCli(['export', '--format', 'webannotation', '--document', docId], t.url);
    expect(wa.code, wa.stderr).toBe(0);
    const collection = JSON.parse(wa.stdout);
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage' } });
    expect(collection.first.items.length).toBeGreaterThan(0);
    const cr = await spawnCli(['export', '--format', 'claimreview'], t.url);
    const reviews = JSON.parse(cr.stdout);
    expect(Array.isArray(reviews) && reviews.every((r: { '@type': string }) => r['@type'] === 'ClaimReview')).toBe(true);
    const csv = await spawnCli(['export', '--format', 'csv', '--compare', `${docId},${docId}`], t.url);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^claim_id,/);
    const backup = await spawnCli(['export', '--format', 'backup'], t.url);
    const lines = backup.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ type: 'header', format: 'claimscope-backup', version: 1 });
    expect(lines.slice(1).every((l) => typeof l.type === 'string')).toBe(true);
  });

  it('refuses bad requests with a message and exit code 1 (2 for usage)', async () => {
    const bad = await spawnCli(['export', '--format', 'pdf'], t.url);
    expect([bad.code, bad.stderr]).toEqual([1, expect.stringMatching(/format: must be one of/)]);
    const secrets = await spawnCli(['export', '--format', 'csv', '--with-secrets'], t.url);
    expect([secrets.code, secrets.stderr]).toEqual([1, expect.stringMatching(/--with-secrets applies to --format backup only/)]);
    const usage = await spawnCli(['export', '--format', 'csv', '--bogus'], t.url);
    expect(usage.code).toBe(2);
  });

  it('restores a backup written with --out into an empty database, and refuses a non-empty one', async () => {
    const file = path.join(scratch, `${t.name}.jsonl`);
    expect((await spawnCli(['export', '--format', 'backup', '--with-secrets', '--out', file], t.url)).code).toBe(0);
    const restored = await spawnCli(['restore', file], second.url);
    expect([restored.code, restored.stdout]).toEqual([0, expect.stringMatching(/Restored .*1 document/)]);
    const before = await allRowCounts(second.db);
    const refused = await spawnCli(['restore', file], second.url);
    expect([refused.code, refused.stderr]).toEqual([1, expect.stringMatching(/not empty.*--force/)]);
    expect(await allRowCounts(second.db)).toEqual(before);
    const forced = await spawnCli(['restore', file, '--force'], second.url);
    expect([forced.code, forced.stdout]).toEqual([0, expect.stringMatching(/wiped first/)]);
    expect(await allRowCounts(second.db)).toEqual(before);
  });

  it('imports annotations as the first admin, reporting orphans', async () => {
    const file = path.join(scratch, `${t.name}-notes.json`);
    const doc = await t.db.document.findUniqueOrThrow({ where: { id: docId } });
    const exact = 'far too much money';
    const start = doc.text.indexOf(exact);
    fs.writeFileSync(file, JSON.stringify([
      { type: 'Annotation', body: { type: 'TextualBody', value: 'Is it?' }, target: { source: 'https://news.example/tram', selector: [{ type: 'TextQuoteSelector', exact, prefix: 'is ', suffix: '.' }, { type: 'TextPositionSelector', start: start + 5, end: start + 5 + exact.length }] } },
      { type: 'Annotation', target: { source: 'https://unknown.example/', selector: { type: 'TextQuoteSelector', exact } } },
    ]));
    const r = await spawnCli(['import-annotations', file], t.url);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Created 1 claim\(s\) \(1 re-anchored by quote\); 0 already present; 1 orphan\(s\)/);
    expect(r.stdout).toMatch(/orphan #2: no document has the source https:\/\/unknown\.example\//);
    expect(await t.db.claim.count({ where: { documentId: docId, text: exact, origin: 'human' } })).toBe(1);
  });
});
