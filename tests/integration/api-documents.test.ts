import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testTargets } from './databases.ts';
import { closeApi, expectRefused, openApi, oversizeBody, type ApiContext } from './api-harness.ts';
import { documentDetailSchema, documentPageSchema, createDocumentResultSchema } from '../../lib/api/schemas/documents.ts';

// Contract of /api/v1/documents and /api/v1/documents/{id} on both databases: every answer has
// the documented shape, and every refusal leaves the database as it was.

type Routes = { list: typeof import('../../app/api/v1/documents/route.ts'); one: typeof import('../../app/api/v1/documents/[id]/route.ts') };

const text = (n: string) => `The mayor said on Monday that the new tram line ${n} will cost 40 million euros. Critics say that is far too much for the city.`;

describe.each(testTargets)('REST documents on $name', ({ open }) => {
  let c: ApiContext;
  let r: Routes;
  const ids: string[] = [];
  beforeAll(async () => {
    c = await openApi(open);
    r = { list: await import('../../app/api/v1/documents/route.ts'), one: await import('../../app/api/v1/documents/[id]/route.ts') };
  });
  afterAll(() => closeApi(c));

  it('creates a document from JSON (201), and the same text again is unchanged (200, same id)', async () => {
    const body = { text: text('A'), title: 'Tram A', authors: ['Ann Writer'], outlet: 'Daily Paper', url: 'https://example.org/a', published: '2024-03', language: 'en', kind: 'report' };
    const created = await c.call(r.list.POST, 'POST', { as: 'annotator', body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const data = createDocumentResultSchema.parse(created.body.data);
    expect(data).toMatchObject({ title: 'Tram A', status: 'created' });
    expect(data.claims).toBeGreaterThan(0);
    const again = await c.call(r.list.POST, 'POST', { as: 'annotator', body });
    expect(again.status).toBe(200);
    expect(again.body.data).toMatchObject({ id: data.id, status: 'unchanged' });
    ids.push(data.id);
    for (const n of ['B', 'C']) ids.push(((await c.call(r.list.POST, 'POST', { body: { text: text(n), language: n === 'C' ? 'de' : 'en' } })).body.data as { id: string }).id);
  });

  it('gets one document with its text and metadata', async () => {
    const { status, body } = await c.call(r.one.GET, 'GET', { id: ids[0] });
    expect(status).toBe(200);
    const doc = documentDetailSchema.parse(body.data);
    expect(doc).toMatchObject({ id: ids[0], title: 'Tram A', authors: ['Ann Writer'], outlet: 'Daily Paper', published: '2024-03', datePrecision: 'month', kind: 'report', version: 1, text: text('A') });
    expect(doc.claimCount).toBeGreaterThan(0);
  });

  it('pages with a cursor and filters by language, source and kind', async () => {
    const first = await c.call(r.list.GET, 'GET', { as: 'viewer', query: { limit: 2 } });
    expect(first.status).toBe(200);
    const page1 = documentPageSchema.parse(first.body);
    expect(page1.data).toHaveLength(2);
    expect(page1.nextCursor).toEqual(expect.any(String));
    const page2 = documentPageSchema.parse((await c.call(r.list.GET, 'GET', { query: { limit: 2, cursor: page1.nextCursor! } })).body);
    expect(page2.nextCursor).toBeNull();
    expect([...page1.data, ...page2.data].map((d) => d.id).sort()).toEqual([...ids].sort());
    expect(page1.data[0]).not.toHaveProperty('text');
    const german = documentPageSchema.parse((await c.call(r.list.GET, 'GET', { query: { language: 'de' } })).body);
    expect(german.data.map((d) => d.id)).toEqual([ids[2]]);
    expect(documentPageSchema.parse((await c.call(r.list.GET, 'GET', { query: { source: 'Daily Paper', kind: 'report' } })).body).data.map((d) => d.id)).toEqual([ids[0]]);
    expect(documentPageSchema.parse((await c.call(r.list.GET, 'GET', { query: { source: 'Nobody' } })).body).data).toEqual([]);
  });

  it('edits metadata at the current version and refuses a stale one with 409 and the current state', async () => {
    const ok = await c.call(r.one.PATCH, 'PATCH', { id: ids[1], body: { version: 1, title: 'Renamed', outlet: 'Weekly', published: '2023' } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(documentDetailSchema.parse(ok.body.data)).toMatchObject({ title: 'Renamed', outlet: 'Weekly', published: '2023', version: 2 });
    const stale = await expectRefused(c, () => c.call(r.one.PATCH, 'PATCH', { id: ids[1], body: { version: 1, title: 'Lost update' } }), 409, 'CONFLICT');
    expect(stale.current).toMatchObject({ id: ids[1], title: 'Renamed', version: 2 });
  });

  it('deletes at the current version; a stale version is 409 and the document is then gone (404)', async () => {
    await expectRefused(c, () => c.call(r.one.DELETE, 'DELETE', { id: ids[1], query: { version: 1 } }), 409, 'CONFLICT');
    const del = await c.call(r.one.DELETE, 'DELETE', { id: ids[1], query: { version: 2 } });
    expect(del.status).toBe(200);
    expect(del.body.data).toEqual({ id: ids[1] });
    expect((await c.call(r.one.GET, 'GET', { id: ids[1] })).status).toBe(404);
    expect(await c.db.claim.count({ where: { documentId: ids[1] } })).toBe(0);
  });

  it('answers 400 naming each failing field', async () => {
    const e = await expectRefused(c, () => c.call(r.list.POST, 'POST', { body: { text: text('D'), title: 't'.repeat(501), url: 'ftp://x', published: '2024-13' } }), 400, 'BAD_INPUT');
    expect(e.issues?.map((i) => i.path).sort()).toEqual(['published', 'title', 'url']);
    expect(e.issues?.find((i) => i.path === 'title')?.message).toMatch(/too long/);
    const patch = await expectRefused(c, () => c.call(r.one.PATCH, 'PATCH', { id: ids[0], body: { title: 'No version' } }), 400, 'BAD_INPUT');
    expect(patch.issues).toContainEqual({ path: 'version', message: expect.any(String) });
    await expectRefused(c, () => c.call(r.list.GET, 'GET', { query: { limit: 0 } }), 400, 'BAD_INPUT');
    await expectRefused(c, () => c.call(r.list.GET, 'GET', { query: { kind: 'novel' } }), 400, 'BAD_INPUT');
    await expectRefused(c, () => c.call(r.one.DELETE, 'DELETE', { id: ids[0], query: { version: 'x' } }), 400, 'BAD_INPUT');
    await expectRefused(c, () => c.call(r.list.POST, 'POST', { body: '{"text": ' }), 400, 'BAD_INPUT');
    await expectRefused(c, () => c.call(r.list.POST, 'POST', { body: { text: '' } }), 400, 'BAD_INPUT');
  });

  it('answers 401 signed out, 403 to a role below the policy, 404 for unknown ids', async () => {
    await expectRefused(c, () => c.call(r.list.GET, 'GET', { as: null }), 401, 'UNAUTHENTICATED');
    await expectRefused(c, () => c.call(r.one.GET, 'GET', { as: null, id: ids[0] }), 401, 'UNAUTHENTICATED');
    await expectRefused(c, () => c.call(r.list.POST, 'POST', { as: null, body: { text: text('E') } }), 401, 'UNAUTHENTICATED');
    await expectRefused(c, () => c.call(r.list.POST, 'POST', { as: 'viewer', body: { text: text('E') } }), 403, 'FORBIDDEN');
    await expectRefused(c, () => c.call(r.one.PATCH, 'PATCH', { as: 'annotator', id: ids[0], body: { version: 1, title: 'x' } }), 403, 'FORBIDDEN');
    await expectRefused(c, () => c.call(r.one.DELETE, 'DELETE', { as: 'viewer', id: ids[0], query: { version: 1 } }), 403, 'FORBIDDEN');
    await expectRefused(c, () => c.call(r.one.GET, 'GET', { id: 'cm0000000000000000000000' }), 404, 'NOT_FOUND');
    await expectRefused(c, () => c.call(r.one.GET, 'GET', { id: '../etc' }), 404, 'NOT_FOUND');
    await expectRefused(c, () => c.call(r.one.PATCH, 'PATCH', { id: 'cm0000000000000000000000', body: { version: 1, title: 'x' } }), 404, 'NOT_FOUND');
    await expectRefused(c, () => c.call(r.one.DELETE, 'DELETE', { id: 'cm0000000000000000000000', query: { version: 1 } }), 404, 'NOT_FOUND');
  });

  it('answers 413 to a body over the limit and 415 to a body that is not JSON', async () => {
    await expectRefused(c, () => c.call(r.list.POST, 'POST', { body: oversizeBody() }), 413, 'PAYLOAD_TOO_LARGE');
    await expectRefused(c, () => c.call(r.list.POST, 'POST', { body: text('F'), contentType: 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await expectRefused(c, () => c.call(r.list.POST, 'POST', { body: { text: text('F') }, contentType: null }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await expectRefused(c, () => c.call(r.one.PATCH, 'PATCH', { id: ids[0], body: 'title=x', contentType: 'application/x-www-form-urlencoded' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });
});
