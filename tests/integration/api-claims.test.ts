import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testTargets } from './databases.ts';
import { makeDocument, sampleText } from './claim-fixtures.ts';
import { closeApi, expectRefused, openApi, oversizeBody, type ApiContext } from './api-harness.ts';
import { claimPageSchema, claimSchema, quantityPageSchema, quantitySchema } from '../../lib/api/schemas/claims.ts';

// Contract of /api/v1/claims[/{id}] and /api/v1/quantities[/{id}] on both databases.

type Routes = {
  claims: typeof import('../../app/api/v1/claims/route.ts');
  claim: typeof import('../../app/api/v1/claims/[id]/route.ts');
  quantities: typeof import('../../app/api/v1/quantities/route.ts');
  quantity: typeof import('../../app/api/v1/quantities/[id]/route.ts');
};

const span = (needle: string, from = 0) => ({ start: sampleText.indexOf(needle, from), end: sampleText.indexOf(needle, from) + needle.length });

describe.each(testTargets)('REST claims and quantities on $name', ({ open }) => {
  let c: ApiContext;
  let r: Routes;
  let docId: string;
  let otherDoc: string;
  const ids: string[] = [];
  beforeAll(async () => {
    c = await openApi(open);
    r = {
      claims: await import('../../app/api/v1/claims/route.ts'),
      claim: await import('../../app/api/v1/claims/[id]/route.ts'),
      quantities: await import('../../app/api/v1/quantities/route.ts'),
      quantity: await import('../../app/api/v1/quantities/[id]/route.ts'),
    };
    docId = (await makeDocument(c.db)).id;
    otherDoc = (await makeDocument(c.db, 'The minister said the budget grows by 3 percent next year.')).id;
  });
  afterAll(() => closeApi(c));

  it('creates claims by span (201) with the documented shape', async () => {
    const first = await c.call(r.claims.POST, 'POST', { as: 'annotator', body: { documentId: docId, ...span('The mayor said the tram line will cost 40 million euros.'), kind: 'reported', speaker: 'The mayor' } });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const claim = claimSchema.parse(first.body.data);
    expect(claim).toMatchObject({ documentId: docId, text: 'The mayor said the tram line will cost 40 million euros.', kind: 'reported', speaker: 'The mayor', origin: 'human', version: 1, deleted: false });
    ids.push(claim.id);
    for (const [needle, kind] of [['Critics say that is too much.', 'evaluative'], ['The council votes in May.', 'factual']] as const) {
      ids.push(claimSchema.parse((await c.call(r.claims.POST, 'POST', { body: { documentId: docId, ...span(needle), kind } })).body.data).id);
    }
    await c.call(r.claims.POST, 'POST', { body: { documentId: otherDoc, start: 0, end: 20 } });
  });

  it('gets one claim; pages with a cursor; filters by documentId, kind, status and speaker', async () => {
    const one = await c.call(r.claim.GET, 'GET', { as: 'viewer', id: ids[0] });
    expect(one.status).toBe(200);
    expect(claimSchema.parse(one.body.data).id).toBe(ids[0]);
    const p1 = claimPageSchema.parse((await c.call(r.claims.GET, 'GET', { query: { documentId: docId, limit: 2 } })).body);
    expect(p1.data).toHaveLength(2);
    const p2 = claimPageSchema.parse((await c.call(r.claims.GET, 'GET', { query: { documentId: docId, limit: 2, cursor: p1.nextCursor! } })).body);
    expect(p2.nextCursor).toBeNull();
    expect([...p1.data, ...p2.data].map((x) => x.id).sort()).toEqual([...ids].sort());
    const only = async (query: Record<string, string>) => claimPageSchema.parse((await c.call(r.claims.GET, 'GET', { query })).body).data.map((x) => x.id);
    expect(await only({ kind: 'evaluative' })).toEqual([ids[1]]);
    expect(await only({ speaker: 'The mayor' })).toEqual([ids[0]]);
    expect((await only({ status: 'suggested' })).length).toBe(4);
    expect(await only({ status: 'accepted' })).toEqual([]);
  });

  it('edits at the current version (quantities included); a stale version is 409 with the current claim', async () => {
    const ok = await c.call(r.claim.PATCH, 'PATCH', { id: ids[0], body: { version: 1, quantities: [{ text: '40 million euros', value: 40_000_000, unit: 'EUR' }] } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.data).toEqual({ id: ids[0], version: 2 });
    const stale = await expectRefused(c, () => c.call(r.claim.PATCH, 'PATCH', { id: ids[0], body: { version: 1, kind: 'quote' } }), 409, 'CONFLICT');
    expect(stale.current).toMatchObject({ id: ids[0], version: 2, kind: 'reported' });
  });

  it('lists and gets quantities through their claim', async () => {
    const page = quantityPageSchema.parse((await c.call(r.quantities.GET, 'GET', { query: { claimId: ids[0] } })).body);
    expect(page.data).toHaveLength(1);
    expect(page.data[0]).toMatchObject({ claimId: ids[0], value: 40_000_000, unit: 'EUR', text: '40 million euros' });
    expect(quantityPageSchema.parse((await c.call(r.quantities.GET, 'GET', { query: { documentId: docId, unit: 'EUR' } })).body).data).toHaveLength(1);
    const one = await c.call(r.quantity.GET, 'GET', { id: page.data[0].id });
    expect(quantitySchema.parse(one.body.data).id).toBe(page.data[0].id);
    await expectRefused(c, () => c.call(r.quantity.GET, 'GET', { id: 'cm0000000000000000000000' }), 404, 'NOT_FOUND');
    await expectRefused(c, () => c.call(r.quantities.GET, 'GET', { as: null }), 401, 'UNAUTHENTICATED');
    await expectRefused(c, () => c.call(r.quantities.GET, 'GET', { query: { claimId: '../x' } }), 400, 'BAD_INPUT');
  });

  it('soft-deletes at the current version; the claim leaves the list and shows with deleted=true', async () => {
    await expectRefused(c, () => c.call(r.claim.DELETE, 'DELETE', { id: ids[2], query: { version: 2 } }), 409, 'CONFLICT');
    const del = await c.call(r.claim.DELETE, 'DELETE', { id: ids[2], query: { version: 1 } });
    expect(del.status).toBe(200);
    const live = claimPageSchema.parse((await c.call(r.claims.GET, 'GET', { query: { documentId: docId } })).body).data.map((x) => x.id);
    expect(live).not.toContain(ids[2]);
    const gone = claimPageSchema.parse((await c.call(r.claims.GET, 'GET', { query: { documentId: docId, deleted: 'true' } })).body).data;
    expect(gone.map((x) => x.id)).toEqual([ids[2]]);
    expect(claimSchema.parse((await c.call(r.claim.GET, 'GET', { id: ids[2] })).body.data).deleted).toBe(true);
  });

  it('answers 400 naming each failing field', async () => {
    const e = await expectRefused(c, () => c.call(r.claims.POST, 'POST', { body: { documentId: docId, start: 0, end: 5, kind: 'rumour', speaker: 'x'.repeat(201) } }), 400, 'BAD_INPUT');
    expect(e.issues?.map((i) => i.path).sort()).toEqual(['kind', 'speaker']);
    const order = await expectRefused(c, () => c.call(r.claims.POST, 'POST', { body: { documentId: docId, start: 10, end: 5 } }), 400, 'BAD_INPUT');
    expect(order.issues).toEqual([{ path: 'end', message: 'The end must come after the start' }]);
    const q = await expectRefused(c, () => c.call(r.claim.PATCH, 'PATCH', { id: ids[0], body: { version: 2, quantities: [{ text: '', value: 'many' }] } }), 400, 'BAD_INPUT');
    expect(q.issues?.map((i) => i.path).sort()).toEqual(['quantities.0.text', 'quantities.0.value']);
    await expectRefused(c, () => c.call(r.claims.GET, 'GET', { query: { limit: 201 } }), 400, 'BAD_INPUT');
    await expectRefused(c, () => c.call(r.claims.GET, 'GET', { query: { status: 'maybe' } }), 400, 'BAD_INPUT');
    await expectRefused(c, () => c.call(r.claims.POST, 'POST', { body: [1, 2] }), 400, 'BAD_INPUT');
  });

  it('answers 401 signed out, 403 to viewers writing and annotators editing others\' claims, 404 for unknown ids', async () => {
    await expectRefused(c, () => c.call(r.claims.GET, 'GET', { as: null }), 401, 'UNAUTHENTICATED');
    await expectRefused(c, () => c.call(r.claim.GET, 'GET', { as: null, id: ids[0] }), 401, 'UNAUTHENTICATED');
    await expectRefused(c, () => c.call(r.claims.POST, 'POST', { as: null, body: { documentId: docId, start: 0, end: 9 } }), 401, 'UNAUTHENTICATED');
    await expectRefused(c, () => c.call(r.claims.POST, 'POST', { as: 'viewer', body: { documentId: docId, start: 0, end: 9 } }), 403, 'FORBIDDEN');
    await expectRefused(c, () => c.call(r.claim.PATCH, 'PATCH', { as: 'viewer', id: ids[0], body: { version: 2, kind: 'quote' } }), 403, 'FORBIDDEN');
    await expectRefused(c, () => c.call(r.claim.PATCH, 'PATCH', { as: 'annotator', id: ids[1], body: { version: 1, kind: 'quote' } }), 403, 'FORBIDDEN');
    await expectRefused(c, () => c.call(r.claim.DELETE, 'DELETE', { as: 'viewer', id: ids[0], query: { version: 2 } }), 403, 'FORBIDDEN');
    await expectRefused(c, () => c.call(r.claim.GET, 'GET', { id: 'cm0000000000000000000000' }), 404, 'NOT_FOUND');
    await expectRefused(c, () => c.call(r.claims.POST, 'POST', { body: { documentId: 'cm0000000000000000000000', start: 0, end: 9 } }), 404, 'NOT_FOUND');
    await expectRefused(c, () => c.call(r.claim.DELETE, 'DELETE', { id: 'cm0000000000000000000000', query: { version: 1 } }), 404, 'NOT_FOUND');
  });

  it('answers 413 to a body over the limit and 415 to a body that is not JSON', async () => {
    await expectRefused(c, () => c.call(r.claims.POST, 'POST', { body: oversizeBody('speaker') }), 413, 'PAYLOAD_TOO_LARGE');
    await expectRefused(c, () => c.call(r.claim.PATCH, 'PATCH', { id: ids[0], body: oversizeBody('cue') }), 413, 'PAYLOAD_TOO_LARGE');
    await expectRefused(c, () => c.call(r.claims.POST, 'POST', { body: 'documentId=x', contentType: 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await expectRefused(c, () => c.call(r.claim.PATCH, 'PATCH', { id: ids[0], body: { version: 2 }, contentType: 'multipart/form-data; boundary=x' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });
});
