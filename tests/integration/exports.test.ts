import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import type { Db } from '../../lib/db/client.ts';
import { importDocument } from '../../lib/services/import-document.ts';
import { createClaim } from '../../lib/services/create-claim.ts';
import { createComment } from '../../lib/services/create-comment.ts';
import { linkClaimTopic } from '../../lib/services/link-claim-topic.ts';
import { setClaimRating } from '../../lib/services/set-claim-rating.ts';
import { exportData } from '../../lib/services/export-claims.ts';
import { parseExportRequest } from '../../lib/exports/scope.ts';
import { restoreBackup } from '../../lib/services/restore-backup.ts';
import { importAnnotations } from '../../lib/services/import-annotations.ts';
import { backupLines } from '../../lib/services/export-backup.ts';
import { parseCsv } from '../../lib/exports/test-fixtures.ts';
import { testTargets, type TestDatabase } from './databases.ts';
import { makeTopic, makeUsers } from './claim-fixtures.ts';
import { allRowCounts } from './all-row-counts.ts';

// Every export format from two imported sample documents, backup → restore → backup on a second
// database, and Web Annotations imported back onto the documents, on both databases.

const options = { baseUrl: 'https://claims.example', appName: 'Claimscope' };
const sample = (f: string) => fs.readFileSync(`data/samples/${f}`, 'utf8');
// JSON-LD is read as loose JSON: the tests check its shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

async function text(db: Db, query: Record<string, string>, secrets = false): Promise<string> {
  const r = await exportData(db, parseExportRequest(query), options, { withSecrets: secrets });
  let out = '';
  for await (const chunk of r.chunks) out += chunk;
  return out;
}

async function* linesOf(s: string) {
  for (const line of s.split('\n')) yield line;
}

/** The backup's lines, with the header's creation time left out. */
function comparable(backup: string): string[] {
  return backup.trimEnd().split('\n').map((l, i) => (i === 0 ? JSON.stringify({ ...JSON.parse(l), createdAt: null }) : l));
}

describe.each(testTargets)('exports and imports on $name', ({ open }) => {
  let t: TestDatabase;
  let second: TestDatabase;
  let users: Awaited<ReturnType<typeof makeUsers>>;
  let docA: { id: string; text: string; url: string | null };
  let docB: { id: string; text: string; url: string | null };
  let topicId: string;
  let ratedId: string;

  beforeAll(async () => {
    // One after the other: two PostgreSQL test databases opened in the same millisecond share a name.
    t = await open();
    second = await open();
    await Promise.all([applyMigrations(t.url), applyMigrations(second.url)]);
    users = await makeUsers(t.db);
    const a = await importDocument(t.db, { name: 'a', text: sample('2020-02-nato-irak-willkommen.de.txt'), meta: { title: 'NATO 2020', authors: [], language: 'de', published: '2020-02', kind: 'commentary', url: 'https://news.example/nato-2020' } });
    const b = await importDocument(t.db, { name: 'b', text: sample('2024-kas-nato-mission-irak.de.txt'), meta: { title: 'NATO 2024', authors: ['Lucas Lamberty'], outlet: 'Auslandsinformationen', language: 'de', published: '2024', kind: 'analysis' } });
    docA = await t.db.document.findUniqueOrThrow({ where: { id: a.id }, select: { id: true, text: true, url: true } });
    docB = await t.db.document.findUniqueOrThrow({ where: { id: b.id }, select: { id: true, text: true, url: true } });
    const claims = await t.db.claim.findMany({ where: { documentId: { in: [a.id, b.id] } }, orderBy: { start: 'asc' } });
    expect(claims.length).toBeGreaterThan(2);
    topicId = (await makeTopic(t.db, 'NATO in Iraq')).id;
    await linkClaimTopic(t.db, users.editor, { claimId: claims[0].id, topicId, stance: 'supports' });
    await createComment(t.db, users.editor, { claimId: claims[0].id, body: '=HYPERLINK("x") a formula-looking comment' });
    ratedId = claims[0].id;
    await setClaimRating(t.db, users.editor, { id: ratedId, version: (await t.db.claim.findUniqueOrThrow({ where: { id: ratedId } })).version, rating: 2 });
    await createClaim(t.db, users.annotator, { documentId: b.id, start: 0, end: 40 });
  }, 120_000);
  afterAll(async () => {
    await t?.dispose();
    await second?.dispose();
  });

  it('exports ClaimReview JSON-LD with the required properties, rated where an editor rated', async () => {
    const reviews = JSON.parse(await text(t.db, { format: 'claimreview' })) as Json[];
    expect(reviews.length).toBe(await t.db.claim.count({ where: { deletedAt: null } }));
    for (const r of reviews) {
      expect(r).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview', itemReviewed: { '@type': 'Claim', appearance: { headline: expect.any(String), url: expect.any(String) } } });
      expect(typeof r.claimReviewed).toBe('string');
      expect(r.author.name).toBeTruthy();
    }
    const rated = reviews.find((r) => r.url.endsWith(`#claim-${ratedId}`))!;
    expect(rated.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' });
    expect(rated.author['@type']).toBe('Person');
    expect(reviews.filter((r) => r.reviewRating)).toHaveLength(1);
    const one = JSON.parse(await text(t.db, { format: 'claimreview', document: docB.id })) as Json[];
    expect(one.every((r) => r.itemReviewed.appearance.headline === 'NATO 2024')).toBe(true);
    expect(one[0].itemReviewed.appearance.publisher).toEqual({ '@type': 'Organization', name: 'Auslandsinformationen' });
  });

  it('rates claims 1–5 (editors only), refuses other values, and clears a rating', async () => {
    const claim = await t.db.claim.findFirstOrThrow({ where: { documentId: docB.id, origin: 'auto' } });
    const counts = await allRowCounts(t.db);
    await expect(setClaimRating(t.db, users.editor, { id: claim.id, version: claim.version, rating: 6 })).rejects.toThrow(/rating/);
    await expect(setClaimRating(t.db, users.annotator, { id: claim.id, version: claim.version, rating: 3 })).rejects.toThrow(/editor role/);
    expect(await allRowCounts(t.db)).toEqual(counts);
    const rated = await setClaimRating(t.db, users.editor, { id: claim.id, version: claim.version, rating: 4, label: 'Largely right' });
    expect(rated).toMatchObject({ rating: 4, ratingLabel: 'Largely right', ratedById: users.editor.id });
    const cleared = await setClaimRating(t.db, users.editor, { id: claim.id, version: rated.version, rating: null });
    expect(cleared).toMatchObject({ rating: null, ratingLabel: null, ratedById: null, ratedAt: null });
    expect(await t.db.revision.count({ where: { entityId: claim.id, comment: { startsWith: 'rat' } } })).toBe(2);
  });

  it('exports a Web Annotation collection whose selectors re-anchor to the exact text', async () => {
    const c = JSON.parse(await text(t.db, { format: 'webannotation', compare: `${docA.id},${docB.id}` })) as Json;
    expect(c).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage' } });
    expect(c.total).toBe(c.first.items.length);
    expect(c.total).toBeGreaterThan(2);
    const texts = new Map([docA, docB].map((d) => [`urn:claimscope:document:${d.id}`, d.text]));
    for (const a of c.first.items) {
      const doc = texts.get(a.target.source)!;
      const quote = a.target.selector.find((s: Json) => s.type === 'TextQuoteSelector');
      const pos = a.target.selector.find((s: Json) => s.type === 'TextPositionSelector');
      expect(doc.slice(pos.start, pos.end)).toBe(quote.exact);
      expect(doc.slice(0, pos.start).endsWith(quote.prefix)).toBe(true);
      expect(doc.slice(pos.end).startsWith(quote.suffix)).toBe(true);
      expect(a.created && a.modified && a.creator).toBeTruthy();
      expect(a.body.some((b: Json) => b.field === 'kind')).toBe(true);
    }
  });

  it('exports CSV with one row per claim × topic, formula-safe', async () => {
    const rows = parseCsv(await text(t.db, { format: 'csv' }));
    expect(rows.length).toBe(await t.db.claim.count({ where: { deletedAt: null } })); // one claim has one topic
    expect(rows.find((r) => r.claim_id === ratedId)).toMatchObject({ topic_label: 'NATO in Iraq', stance: 'supports', rating: '2' });
    for (const r of rows) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@\t\r]/);
    const topicRows = parseCsv(await text(t.db, { format: 'csv', topic: topicId }));
    expect(topicRows.map((r) => r.claim_id)).toEqual([ratedId]);
  });

  it('refuses unknown ids and bad requests before writing anything', async () => {
    await expect(text(t.db, { format: 'csv', document: 'cm0000000000000000000000' })).rejects.toThrow(/no document/);
    expect(() => parseExportRequest({ format: 'pdf' })).toThrow(/format: must be one of/);
    expect(() => parseExportRequest({ format: 'csv', document: 'a', topic: 'b' })).toThrow(/at most one/);
    expect(() => parseExportRequest({ format: 'csv', compare: 'a' })).toThrow(/compare/);
  });

  it('backs up, restores into an empty database with ids and relations, and backs up the same again', async () => {
    const plain = await text(t.db, { format: 'backup' });
    expect(plain).not.toMatch(/"password"|"token"/);
    const backup = await text(t.db, { format: 'backup' }, true);
    const header = JSON.parse(backup.split('\n')[0]);
    expect(header).toMatchObject({ type: 'header', format: 'claimscope-backup', version: 1, withSecrets: true });
    expect(header.counts).toMatchObject({ document: 2, claimTopic: 1, comment: 1, user: 4 });
    const r = await restoreBackup(second.db, linesOf(backup));
    expect(r.counts.claim).toBe(await t.db.claim.count());
    const again = await text(second.db, { format: 'backup' }, true);
    expect(comparable(again)).toEqual(comparable(backup));
    const restored = await second.db.claim.findUniqueOrThrow({ where: { id: ratedId }, include: { topics: true, comments: true } });
    expect(restored).toMatchObject({ rating: 2, ratedById: users.editor.id, topics: [{ topicId }], comments: [{ userId: users.editor.id }] });
  });

  it('refuses to restore into a non-empty database without --force, and bad input, leaving it unchanged', async () => {
    const backup = await text(t.db, { format: 'backup' });
    const before = await allRowCounts(second.db);
    await expect(restoreBackup(second.db, linesOf(backup))).rejects.toThrow(/not empty .*--force/);
    const truncated = backup.split('\n').slice(0, -3).join('\n');
    await expect(restoreBackup(second.db, linesOf(truncated), { force: true })).rejects.toThrow(/header counts/);
    const broken = backup.replace(/"type":"claim","id":"[^"]+","documentId":"[^"]+"/, '"type":"claim","id":"x1","documentId":"nope"');
    await expect(restoreBackup(second.db, linesOf(broken), { force: true })).rejects.toThrow(/claim rows could not be restored/);
    await expect(restoreBackup(second.db, linesOf('{"type":"header","format":"other"}'), { force: true })).rejects.toThrow(/not a claimscope-backup header/);
    expect(await allRowCounts(second.db)).toEqual(before);
    // --force wipes and restores in one go: the same content again.
    await restoreBackup(second.db, linesOf(backup), { force: true });
    expect(comparable(await text(second.db, { format: 'backup' }))).toEqual(comparable(backup));
  });

  it('imports Web Annotations: a good one, one re-anchored by its quote, orphans reported', async () => {
    const pick = (d: { text: string }, from: number) => {
      const start = d.text.indexOf(' ', from) + 1;
      return { start, end: start + 30, exact: d.text.slice(start, start + 30), prefix: d.text.slice(start - 20, start), suffix: d.text.slice(start + 30, start + 50) };
    };
    const good = pick(docB, 500);
    const moved = pick(docA, 300);
    const sel = (s: ReturnType<typeof pick>, shift = 0) => [
      { type: 'TextQuoteSelector', exact: s.exact, prefix: s.prefix, suffix: s.suffix },
      { type: 'TextPositionSelector', start: s.start + shift, end: s.end + shift },
    ];
    const file = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          { id: 'urn:x:1', type: 'Annotation', body: [{ type: 'TextualBody', value: 'Worth checking' }], target: { source: `urn:claimscope:document:${docB.id}`, selector: sel(good) } },
          { id: 'urn:x:2', type: 'Annotation', body: { type: 'TextualBody', purpose: 'tagging', value: 'nato' }, target: [{ source: `${docA.url}#intro`, selector: sel(moved, 17) }] },
          { id: 'urn:x:3', type: 'Annotation', target: { source: 'https://elsewhere.example/x', selector: sel(good) } },
          { id: 'urn:x:4', type: 'Annotation', target: { source: docA.url, selector: [{ type: 'TextQuoteSelector', exact: 'This sentence is in no document at all.' }] } },
        ],
      },
    });
    const before = await t.db.claim.count();
    const r = await importAnnotations(t.db, users.annotator, file, 'notes.json');
    expect(r.created.map((c) => [c.annotationId, c.anchoredBy])).toEqual([['urn:x:1', 'position'], ['urn:x:2', 'quote']]);
    expect(r.orphans.map((o) => [o.annotationId, o.reason])).toEqual([
      ['urn:x:3', expect.stringMatching(/no document has the source/)],
      ['urn:x:4', expect.stringMatching(/is not in document/)],
    ]);
    const claims = await t.db.claim.findMany({ where: { id: { in: r.created.map((c) => c.claimId) } }, include: { comments: true }, orderBy: { createdAt: 'asc' } });
    expect(claims.map((c) => [c.text, c.start, c.origin, c.createdById])).toEqual([
      [good.exact, good.start, 'human', users.annotator.id],
      [moved.exact, moved.start, 'human', users.annotator.id],
    ]);
    expect(claims[0].comments[0].body).toMatch(/Worth checking/);
    expect(claims[1].comments[0].body).toMatch(/Tags: nato/);
    // The same file again: nothing new.
    const again = await importAnnotations(t.db, users.annotator, file, 'notes.json');
    expect([again.created.length, again.unchanged.length]).toEqual([0, 2]);
    // Malformed: nothing stored, the first bad annotation named.
    const counts = await allRowCounts(t.db);
    const bad = JSON.stringify([JSON.parse(file).first.items[0], { type: 'Annotation', body: 'no target' }]);
    await expect(importAnnotations(t.db, users.annotator, bad)).rejects.toThrow(/annotation 2: target/);
    await expect(importAnnotations(t.db, users.viewer, file)).rejects.toThrow(/annotator/);
    expect(await allRowCounts(t.db)).toEqual(counts);
    expect(await t.db.claim.count()).toBe(before + 2);
  });

  it('streams a backup line by line', async () => {
    const it = backupLines(t.db)[Symbol.asyncIterator]();
    const first = await it.next();
    expect(JSON.parse(first.value as string).type).toBe('header');
    await it.return?.(undefined); // stopping early ends the snapshot transaction
    expect(await t.db.document.count()).toBe(2);
  });
});
