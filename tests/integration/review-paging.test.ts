import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { importDocument } from '../../lib/services/import-document.ts';
import { prepareImports } from '../../lib/services/import-files.ts';
import { compareWithSuggestions } from '../../lib/services/compare-prepared.ts';
import { listReviewClaims, listReviewFilterOptions, listReviewLinks, reviewFilterSchema, reviewHref, type ReviewFilter } from '../../lib/db/queries/review.ts';
import { testTargets, type TestDatabase } from './databases.ts';

// The review queue pages by cursor: every suggested claim and link appears exactly once, in the
// queue's order, forwards and backwards, with the filters kept.

const fixtures = [path.resolve('tests/fixtures/compare'), path.resolve('tests/fixtures/compare-auto')];

async function allClaimPages(db: TestDatabase['db'], f: ReviewFilter, limit: number) {
  const pages: string[][] = [];
  let after: string | undefined;
  for (let i = 0; i < 200; i++) {
    const page = await listReviewClaims(db, { ...f, after }, limit);
    pages.push(page.items.map((c) => c.id));
    if (!page.next) break;
    after = page.next;
  }
  return pages;
}

describe.each(testTargets)('review queue paging on $name', ({ open }) => {
  let t: TestDatabase;
  let docIds: string[];
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
    docIds = [];
    for (const input of await prepareImports(fixtures, {})) docIds.push((await importDocument(t.db, input)).id);
    await compareWithSuggestions(t.db, [docIds[0], docIds[1]]);
  });
  afterAll(async () => t?.dispose());

  it('pages through every suggested claim once, in (document, position, id) order, with the total', async () => {
    const f = reviewFilterSchema.parse({});
    const expected = await t.db.claim.findMany({ where: { status: 'suggested', deletedAt: null }, orderBy: [{ documentId: 'asc' }, { start: 'asc' }, { id: 'asc' }], select: { id: true } });
    expect(expected.length).toBeGreaterThan(6);
    const pages = await allClaimPages(t.db, f, 4);
    expect(pages.flat()).toEqual(expected.map((c) => c.id));
    expect(pages.slice(0, -1).every((p) => p.length === 4)).toBe(true);
    const first = await listReviewClaims(t.db, f, 4);
    expect(first.total).toEqual({ count: expected.length, atLeast: false });
    expect(first.previous).toBeNull();
  });

  it('goes back page by page to the first', async () => {
    const f = reviewFilterSchema.parse({});
    const forward = await allClaimPages(t.db, f, 3);
    let page = await listReviewClaims(t.db, f, 3);
    for (let i = 1; i < forward.length; i++) page = await listReviewClaims(t.db, { ...f, after: page.next! }, 3);
    const backward: string[][] = [page.items.map((c) => c.id)];
    while (page.previous) {
      page = await listReviewClaims(t.db, { ...f, before: page.previous }, 3);
      backward.unshift(page.items.map((c) => c.id));
    }
    expect(backward).toEqual(forward);
    expect(page.next).not.toBeNull();
  });

  it('keeps the filters on every page and in the page links', async () => {
    const f = reviewFilterSchema.parse({ document: docIds[0], kind: undefined, origin: 'auto' });
    const expected = await t.db.claim.count({ where: { status: 'suggested', deletedAt: null, documentId: docIds[0], origin: 'auto' } });
    expect(expected).toBeGreaterThan(2);
    const pages = await allClaimPages(t.db, f, 2);
    expect(pages.flat()).toHaveLength(expected);
    const rows = await t.db.claim.findMany({ where: { id: { in: pages.flat() } }, select: { documentId: true, origin: true } });
    expect(rows.every((r) => r.documentId === docIds[0] && r.origin === 'auto')).toBe(true);
    const next = (await listReviewClaims(t.db, f, 2)).next!;
    const href = new URL(reviewHref(f, { after: next }), 'http://x');
    expect(Object.fromEntries(href.searchParams)).toEqual({ document: docIds[0], origin: 'auto', after: next });
  });

  it('pages through every suggested link once', async () => {
    const f = reviewFilterSchema.parse({});
    const expected = await t.db.claimTopic.findMany({ where: { status: 'suggested', claim: { deletedAt: null } }, orderBy: [{ topicId: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }], select: { id: true } });
    expect(expected.length).toBeGreaterThan(2);
    const seen: string[] = [];
    let linksAfter: string | undefined;
    for (let i = 0; i < 200; i++) {
      const page = await listReviewLinks(t.db, { ...f, linksAfter }, 2);
      seen.push(...page.items.map((l) => l.id));
      if (!page.next) break;
      linksAfter = page.next;
    }
    expect(seen).toEqual(expected.map((l) => l.id));
  });

  it('starts from the first page on an unreadable cursor', async () => {
    const first = await listReviewClaims(t.db, reviewFilterSchema.parse({}), 3);
    for (const bad of ['not-a-cursor', Buffer.from('["x",1]').toString('base64url'), Buffer.from('[1,"a","b"]').toString('base64url')]) {
      const f = reviewFilterSchema.parse({ after: bad, before: bad, linksAfter: bad });
      expect((await listReviewClaims(t.db, f, 3)).items).toEqual(first.items);
      expect((await listReviewLinks(t.db, f, 3)).items).toEqual((await listReviewLinks(t.db, reviewFilterSchema.parse({}), 3)).items);
    }
  });

  it('lists a bounded set of filter options and always the selected ones', async () => {
    const options = await listReviewFilterOptions(t.db, { document: docIds[2] });
    expect(options.documents.length).toBeLessThanOrEqual(51);
    expect(options.documents.some((d) => d.id === docIds[2])).toBe(true);
  });
});
