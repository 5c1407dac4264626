import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testTargets } from './databases.ts';
import { importDocument } from '../../lib/services/import-document.ts';
import { closeApi, expectRefused, openApi, type ApiContext } from './api-harness.ts';
import { searchResponseSchema } from '../../lib/api/schemas/search.ts';

// Contract of GET /api/v1/search and GET /api/v1/comparisons, and the public OpenAPI routes,
// on both databases (the bad-input suite covers the comparison ids in depth).

type Routes = {
  search: typeof import('../../app/api/v1/search/route.ts');
  comparisons: typeof import('../../app/api/v1/comparisons/route.ts');
  openapi: typeof import('../../app/api/openapi.json/route.ts');
  docs: typeof import('../../app/api/docs/route.ts');
};

const meta = { authors: [], kind: 'article' as const, language: 'en' as const };

describe.each(testTargets)('REST search and comparisons on $name', ({ open }) => {
  let c: ApiContext;
  let r: Routes;
  let a: string;
  let b: string;
  beforeAll(async () => {
    c = await openApi(open);
    r = {
      search: await import('../../app/api/v1/search/route.ts'),
      comparisons: await import('../../app/api/v1/comparisons/route.ts'),
      openapi: await import('../../app/api/openapi.json/route.ts'),
      docs: await import('../../app/api/docs/route.ts'),
    };
    a = (await importDocument(c.db, { name: 'a', meta: { ...meta, title: 'Tram A' }, text: 'The mayor said the tram line will cost 40 million euros. Critics say the tram is far too expensive.' })).id;
    b = (await importDocument(c.db, { name: 'b', meta: { ...meta, title: 'Tram B' }, text: 'The council said the tram line will cost 55 million euros. The opposition says the tram is worth it.' })).id;
  });
  afterAll(() => closeApi(c));

  it('searches claims and documents', async () => {
    const { status, body } = await c.call(r.search.GET, 'GET', { as: 'viewer', query: { q: 'tram', type: 'document' } });
    expect(status, JSON.stringify(body)).toBe(200);
    const data = searchResponseSchema.parse(body).data;
    expect(data.results.map((x) => x.id).sort()).toEqual([a, b].sort());
    expect(data.total).toBe(2);
  });

  it('refuses a search without a query or filter (400 with the field), signed out (401)', async () => {
    const e = await expectRefused(c, () => c.call(r.search.GET, 'GET', {}), 400, 'BAD_INPUT');
    expect(e.issues?.map((i) => i.path)).toContain('q');
    await expectRefused(c, () => c.call(r.search.GET, 'GET', { as: null, query: { q: 'tram' } }), 401, 'UNAUTHENTICATED');
  });

  it('compares two documents; refuses bad ids (400), unknown ids (404), signed out (401)', async () => {
    const { status, body } = await c.call(r.comparisons.GET, 'GET', { query: { ids: `${a},${b}` } });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.data).toEqual(expect.any(Object));
    const e = await c.call(r.comparisons.GET, 'GET', { query: { ids: a } });
    expect(e.status).toBe(400);
    expect(e.body.error?.issues?.length).toBeGreaterThan(0);
    expect((await c.call(r.comparisons.GET, 'GET', { query: { ids: `${a},cm0000000000000000000000` } })).status).toBe(404);
    expect((await c.call(r.comparisons.GET, 'GET', { as: null, query: { ids: `${a},${b}` } })).status).toBe(401);
  });

  it('serves the OpenAPI document and the reference page', async () => {
    const spec = r.openapi.GET();
    expect(spec.status).toBe(200);
    const doc = (await spec.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\.1/);
    expect(Object.keys(doc.paths)).toContain('/api/v1/documents/{id}');
    const page = r.docs.GET();
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('PATCH /api/v1/claims/{id}');
    expect(html).not.toMatch(/<script/i);
  });
});
