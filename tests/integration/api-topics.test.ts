import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testTargets } from './databases.ts';
import { makeDocument } from './claim-fixtures.ts';
import { createClaim } from '../../lib/services/create-claim.ts';
import { closeApi, expectRefused, openApi, oversizeBody, type ApiContext } from './api-harness.ts';
import { linkPageSchema, linkSchema, topicPageSchema, topicSchema } from '../../lib/api/schemas/topics.ts';

// Contract of /api/v1/topics[/{id}] and /api/v1/links[/{id}] on both databases.

type Routes = {
  topics: typeof import('../../app/api/v1/topics/route.ts');
  topic: typeof import('../../app/api/v1/topics/[id]/route.ts');
  links: typeof import('../../app/api/v1/links/route.ts');
  link: typeof import('../../app/api/v1/links/[id]/route.ts');
};

describe.each(testTargets)('REST topics and links on $name', ({ open }) => {
  let c: ApiContext;
  let r: Routes;
  let claimA: string;
  let claimB: string;
  const topics: string[] = [];
  const links: string[] = [];
  beforeAll(async () => {
    c = await openApi(open);
    r = {
      topics: await import('../../app/api/v1/topics/route.ts'),
      topic: await import('../../app/api/v1/topics/[id]/route.ts'),
      links: await import('../../app/api/v1/links/route.ts'),
      link: await import('../../app/api/v1/links/[id]/route.ts'),
    };
    const doc = (await makeDocument(c.db)).id;
    claimA = (await createClaim(c.db, c.users.annotator, { documentId: doc, start: 0, end: 20 })).id;
    claimB = (await createClaim(c.db, c.users.editor, { documentId: doc, start: 58, end: 86 })).id;
    await c.db.topic.create({ data: { label: 'Automatic number topic', concepts: [], kind: 'number', origin: 'auto' } });
  });
  afterAll(() => closeApi(c));

  it('creates topics (201), gets one, pages with a cursor and filters by kind', async () => {
    for (const label of ['Tram cost', 'Council vote']) {
      const res = await c.call(r.topics.POST, 'POST', { body: { label, question: `What about ${label}?` } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      topics.push(topicSchema.parse(res.body.data).id);
    }
    expect(topicSchema.parse((await c.call(r.topic.GET, 'GET', { as: 'viewer', id: topics[0] })).body.data)).toMatchObject({ label: 'Tram cost', kind: null, origin: 'human', version: 1, claimCount: 0 });
    const p1 = topicPageSchema.parse((await c.call(r.topics.GET, 'GET', { query: { limit: 2 } })).body);
    const p2 = topicPageSchema.parse((await c.call(r.topics.GET, 'GET', { query: { limit: 2, cursor: p1.nextCursor! } })).body);
    expect(p1.data.length + p2.data.length).toBe(3);
    expect(p2.nextCursor).toBeNull();
    expect(topicPageSchema.parse((await c.call(r.topics.GET, 'GET', { query: { kind: 'human' } })).body).data.map((t) => t.id).sort()).toEqual([...topics].sort());
    expect(topicPageSchema.parse((await c.call(r.topics.GET, 'GET', { query: { kind: 'number' } })).body).data.map((t) => t.label)).toEqual(['Automatic number topic']);
  });

  it('renames at the current version; a stale version is 409 with the current topic', async () => {
    const ok = await c.call(r.topic.PATCH, 'PATCH', { id: topics[0], body: { version: 1, label: 'Cost of the tram' } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(topicSchema.parse(ok.body.data)).toMatchObject({ label: 'Cost of the tram', version: 2 });
    const stale = await expectRefused(c, () => c.call(r.topic.PATCH, 'PATCH', { id: topics[0], body: { version: 1, label: 'Lost' } }), 409, 'CONFLICT');
    expect(stale.current).toMatchObject({ label: 'Cost of the tram', version: 2 });
  });

  it('links claims (201), lists links by topic, claim and status, gets one', async () => {
    const a = await c.call(r.links.POST, 'POST', { as: 'annotator', body: { claimId: claimA, topicId: topics[0], stance: 'supports' } });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    links.push(linkSchema.parse(a.body.data).id);
    links.push(linkSchema.parse((await c.call(r.links.POST, 'POST', { body: { claimId: claimB, topicId: topics[0], stance: 'opposes' } })).body.data).id);
    links.push(linkSchema.parse((await c.call(r.links.POST, 'POST', { body: { claimId: claimB, topicId: topics[1], stance: 'neutral' } })).body.data).id);
    const byTopic = linkPageSchema.parse((await c.call(r.links.GET, 'GET', { query: { topicId: topics[0], limit: 1 } })).body);
    expect(byTopic.data).toHaveLength(1);
    const rest = linkPageSchema.parse((await c.call(r.links.GET, 'GET', { query: { topicId: topics[0], limit: 1, cursor: byTopic.nextCursor! } })).body);
    expect([...byTopic.data, ...rest.data].map((l) => l.id).sort()).toEqual([links[0], links[1]].sort());
    expect(linkPageSchema.parse((await c.call(r.links.GET, 'GET', { query: { claimId: claimB } })).body).data).toHaveLength(2);
    expect(linkSchema.parse((await c.call(r.link.GET, 'GET', { id: links[0] })).body.data)).toMatchObject({ claimId: claimA, stance: 'supports', status: 'suggested', version: 1 });
    expect(topicSchema.parse((await c.call(r.topic.GET, 'GET', { id: topics[0] })).body.data).claimCount).toBe(2);
  });

  it('reviews a link at its version; a stale version is 409 with the current link; status filter', async () => {
    const ok = await c.call(r.link.PATCH, 'PATCH', { id: links[0], body: { version: 1, status: 'accepted' } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(linkSchema.parse(ok.body.data)).toMatchObject({ status: 'accepted', version: 2 });
    const stale = await expectRefused(c, () => c.call(r.link.PATCH, 'PATCH', { id: links[0], body: { version: 1, status: 'rejected' } }), 409, 'CONFLICT');
    expect(stale.current).toMatchObject({ status: 'accepted', version: 2 });
    expect(linkPageSchema.parse((await c.call(r.links.GET, 'GET', { query: { status: 'accepted' } })).body).data.map((l) => l.id)).toEqual([links[0]]);
  });

  it('removes a link at its version (stale: 409), deletes a topic at its version (stale: 409)', async () => {
    await expectRefused(c, () => c.call(r.link.DELETE, 'DELETE', { id: links[2], query: { version: 2 } }), 409, 'CONFLICT');
    expect((await c.call(r.link.DELETE, 'DELETE', { id: links[2], query: { version: 1 } })).body.data).toEqual({ id: links[2] });
    expect((await c.call(r.link.GET, 'GET', { id: links[2] })).status).toBe(404);
    await expectRefused(c, () => c.call(r.topic.DELETE, 'DELETE', { id: topics[1], query: { version: 2 } }), 409, 'CONFLICT');
    const del = await c.call(r.topic.DELETE, 'DELETE', { id: topics[1], query: { version: 1 } });
    expect(del.status).toBe(200);
    expect(del.body.data).toEqual({ deleted: topics[1], links: 0 });
    expect((await c.call(r.topic.GET, 'GET', { id: topics[1] })).status).toBe(404);
  });

  it('answers 400 naming each failing field', async () => {
    const t = await expectRefused(c, () => c.call(r.topics.POST, 'POST', { body: { label: 'x', question: 'q'.repeat(501) } }), 400, 'BAD_INPUT');
    expect(t.issues?.map((i) => i.path).sort()).toEqual(['label', 'question']);
    const l = await expectRefused(c, () => c.call(r.links.POST, 'POST', { body: { claimId: claimA, topicId: '../x', stance: 'loves' } }), 400, 'BAD_INPUT');
    expect(l.issues?.map((i) => i.path).sort()).toEqual(['stance', 'topicId']);
    const p = await expectRefused(c, () => c.call(r.link.PATCH, 'PATCH', { id: links[1], body: { status: 'maybe' } }), 400, 'BAD_INPUT');
    expect(p.issues?.map((i) => i.path).sort()).toEqual(['status', 'version']);
    await expectRefused(c, () => c.call(r.topic.DELETE, 'DELETE', { id: topics[0] }), 400, 'BAD_INPUT');
    await expectRefused(c, () => c.call(r.topics.GET, 'GET', { query: { kind: 'weird' } }), 400, 'BAD_INPUT');
  });

  it('answers 401 signed out, 403 below the policy, 404 for unknown ids', async () => {
    await expectRefused(c, () => c.call(r.topics.GET, 'GET', { as: null }), 401, 'UNAUTHENTICATED');
    await expectRefused(c, () => c.call(r.links.GET, 'GET', { as: null }), 401, 'UNAUTHENTICATED');
    await expectRefused(c, () => c.call(r.topics.POST, 'POST', { as: null, body: { label: 'Nope' } }), 401, 'UNAUTHENTICATED');
    await expectRefused(c, () => c.call(r.topics.POST, 'POST', { as: 'annotator', body: { label: 'Nope' } }), 403, 'FORBIDDEN');
    await expectRefused(c, () => c.call(r.topic.PATCH, 'PATCH', { as: 'viewer', id: topics[0], body: { version: 2, label: 'Nope' } }), 403, 'FORBIDDEN');
    await expectRefused(c, () => c.call(r.links.POST, 'POST', { as: 'viewer', body: { claimId: claimA, topicId: topics[0], stance: 'supports' } }), 403, 'FORBIDDEN');
    await expectRefused(c, () => c.call(r.links.POST, 'POST', { as: 'annotator', body: { claimId: claimB, topicId: topics[0], stance: 'supports' } }), 403, 'FORBIDDEN');
    await expectRefused(c, () => c.call(r.link.PATCH, 'PATCH', { as: 'annotator', id: links[1], body: { version: 1, status: 'accepted' } }), 403, 'FORBIDDEN');
    await expectRefused(c, () => c.call(r.link.DELETE, 'DELETE', { as: 'viewer', id: links[1], query: { version: 1 } }), 403, 'FORBIDDEN');
    await expectRefused(c, () => c.call(r.topic.GET, 'GET', { id: 'cm0000000000000000000000' }), 404, 'NOT_FOUND');
    await expectRefused(c, () => c.call(r.link.GET, 'GET', { id: 'cm0000000000000000000000' }), 404, 'NOT_FOUND');
    await expectRefused(c, () => c.call(r.topic.PATCH, 'PATCH', { id: 'cm0000000000000000000000', body: { version: 1, label: 'Ghost' } }), 404, 'NOT_FOUND');
    await expectRefused(c, () => c.call(r.link.DELETE, 'DELETE', { id: 'cm0000000000000000000000', query: { version: 1 } }), 404, 'NOT_FOUND');
    await expectRefused(c, () => c.call(r.links.POST, 'POST', { body: { claimId: claimA, topicId: 'cm0000000000000000000000', stance: 'supports' } }), 404, 'NOT_FOUND');
  });

  it('answers 413 to a body over the limit and 415 to a body that is not JSON', async () => {
    await expectRefused(c, () => c.call(r.topics.POST, 'POST', { body: oversizeBody('label') }), 413, 'PAYLOAD_TOO_LARGE');
    await expectRefused(c, () => c.call(r.link.PATCH, 'PATCH', { id: links[1], body: oversizeBody('comment') }), 413, 'PAYLOAD_TOO_LARGE');
    await expectRefused(c, () => c.call(r.topics.POST, 'POST', { body: 'label=x', contentType: 'application/x-www-form-urlencoded' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await expectRefused(c, () => c.call(r.links.POST, 'POST', { body: { claimId: claimA }, contentType: 'text/json' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await expectRefused(c, () => c.call(r.topic.PATCH, 'PATCH', { id: topics[0], body: { version: 2, label: 'x y' }, contentType: null }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });
});
