import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { documentListFilterSchema, documentListHref, listPickerDocuments, pageDocumentList, type DocumentListFilter } from '../../lib/db/queries/document-list.ts';
import { encodeCursor } from '../../lib/db/queries/paging.ts';
import { testTargets, type TestDatabase } from './databases.ts';

// The home page's document list pages by cursor: every document exactly once, oldest publication
// first and undated last (ties by import time, then id), forwards and backwards, with the title filter.

const day = (d: string) => new Date(`${d}T00:00:00.000Z`);
// Dated documents with shared dates and shared import times, undated ones, one title with LIKE wildcards.
const rows = [
  ...Array.from({ length: 9 }, (_, i) => ({ title: `Harbour report ${i}`, publishedAt: day(`2021-0${1 + (i % 3)}-01`), createdAt: day('2025-01-01') })),
  ...Array.from({ length: 5 }, (_, i) => ({ title: `Tram budget ${i}`, publishedAt: null, createdAt: day(`2025-02-0${1 + (i % 2)}`) })),
  { title: '100% tram_fares', publishedAt: day('2020-05-05'), createdAt: day('2025-03-01') },
];

type Db = TestDatabase['db'];
const expectedOrder = (db: Db, where = {}) =>
  db.document.findMany({ where, orderBy: [{ publishedAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }, { id: 'asc' }], select: { id: true } }).then((r) => r.map((d) => d.id));

async function forwardPages(db: Db, f: DocumentListFilter, limit: number) {
  const pages: string[][] = [];
  let page = await pageDocumentList(db, f, limit);
  pages.push(page.items.map((d) => d.id));
  while (page.next && pages.length < 100) {
    page = await pageDocumentList(db, { ...f, after: page.next }, limit);
    pages.push(page.items.map((d) => d.id));
  }
  return { pages, last: page };
}

describe.each(testTargets)('document list paging on $name', ({ open }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
    for (const [i, r] of rows.entries()) {
      await t.db.document.create({ data: { ...r, language: 'en', text: `Text ${i}.`, contentHash: `hash-${i}`, extractionStatus: i === 0 ? 'queued' : 'done' } });
    }
  });
  afterAll(async () => t?.dispose());

  it('lists every document exactly once across pages, in the list order, with the total', async () => {
    const expected = await expectedOrder(t.db);
    for (const limit of [1, 4, 5, 9, 14, 15, 50]) {
      const { pages, last } = await forwardPages(t.db, {}, limit);
      expect(pages.flat()).toEqual(expected);
      expect(pages.slice(0, -1).every((p) => p.length === limit)).toBe(true);
      expect(last.next).toBeNull();
    }
    const first = await pageDocumentList(t.db, {}, 4);
    expect(first.total).toEqual({ count: rows.length, atLeast: false });
    expect(first.previous).toBeNull();
    expect(first.items[0]).toMatchObject({ title: '100% tram_fares', claimCount: 0, outlet: null, extractionStatus: 'done' });
    expect(first.items[0].publishedAt).toEqual(day('2020-05-05'));
  });

  it('goes back page by page to the first, across the dated/undated boundary', async () => {
    for (const limit of [2, 4, 7]) {
      const { pages: forward, last } = await forwardPages(t.db, {}, limit);
      let page = last;
      const backward: string[][] = [page.items.map((d) => d.id)];
      while (page.previous && backward.length < 100) {
        page = await pageDocumentList(t.db, { before: page.previous }, limit);
        backward.unshift(page.items.map((d) => d.id));
      }
      expect(backward).toEqual(forward);
      expect(page.previous).toBeNull();
      expect(page.next).not.toBeNull();
    }
  });

  it('filters by a part of the title, case-insensitively, wildcards taken literally', async () => {
    const f = documentListFilterSchema.parse({ q: '  TRAM ' });
    expect(f.q).toBe('TRAM');
    const { pages } = await forwardPages(t.db, f, 2);
    const expected = await expectedOrder(t.db, { title: { contains: 'tram', mode: 'insensitive' } });
    expect(expected).toHaveLength(6);
    expect(pages.flat()).toEqual(expected);
    expect((await pageDocumentList(t.db, f, 2)).total).toEqual({ count: 6, atLeast: false });
    const percent = await pageDocumentList(t.db, { q: '0% tram_' });
    expect(percent.items.map((d) => d.title)).toEqual(['100% tram_fares']);
    expect((await pageDocumentList(t.db, { q: 'tram%budget' })).items).toEqual([]);
    expect((await pageDocumentList(t.db, { q: '_' })).items.map((d) => d.title)).toEqual(['100% tram_fares']);
  });

  it('reads a bad or forged cursor as the first page', async () => {
    const first = await pageDocumentList(t.db, {}, 3);
    const forged = [
      'not-a-cursor', encodeCursor(['yesterday', '2025-01-01T00:00:00.000Z', 'cabc']), encodeCursor([null, '2025-01-01', "x'; DROP TABLE"]),
      encodeCursor({ a: 1 } as unknown as unknown[]), Buffer.from('[1,2').toString('base64url'),
    ];
    for (const after of forged) {
      const page = await pageDocumentList(t.db, { after }, 3);
      expect(page.items.map((d) => d.id)).toEqual(first.items.map((d) => d.id));
      expect(page.previous).toBeNull();
      expect((await pageDocumentList(t.db, { before: after }, 3)).items.map((d) => d.id)).toEqual(first.items.map((d) => d.id));
    }
    expect(documentListFilterSchema.parse({ after: 'x'.repeat(500), q: 'y'.repeat(300) })).toEqual({ after: undefined, q: undefined });
  });

  it('builds page links that keep the title filter', () => {
    expect(documentListHref({ q: 'tram fares' }, { after: 'abc' })).toBe('/?q=tram+fares&after=abc');
    expect(documentListHref({}, {})).toBe('/');
  });

  it('offers the compare picker the first matches plus the selected documents, never the whole list', async () => {
    const all = await expectedOrder(t.db);
    const lastId = all[all.length - 1];
    const picker = await listPickerDocuments(t.db, 'harbour', [lastId, 'not an id'], 3);
    expect(picker.total).toEqual({ count: 9, atLeast: false });
    expect(picker.documents.map((d) => d.id)).toEqual([lastId, ...(await expectedOrder(t.db, { title: { startsWith: 'Harbour' } })).slice(0, 3)]);
  });
});
