import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import type { Db } from '../../lib/db/client.ts';
import { createClaim } from '../../lib/services/create-claim.ts';
import { testTargets, type TestDatabase } from './databases.ts';
import { makeDocument, makeUsers } from './claim-fixtures.ts';

// GET /api/v1/exports called as Next.js calls it (a Request), signed in with a real session
// cookie: 401 signed out, 400 for a bad format or scope, 403 for a non-admin's backup, 404 for an
// unknown document, and each format with its content type.

type Route = typeof import('../../app/api/v1/exports/route.ts');
const base = 'http://localhost:3000';
const globals = globalThis as unknown as { claimscopePrisma?: Promise<Db>; claimscopeAuth?: unknown };

describe.each(testTargets)('GET /api/v1/exports on $name', ({ open }) => {
  let t: TestDatabase;
  let route: Route;
  const cookies: Record<string, string> = {};
  let docId: string;

  const get = (query: string, who?: 'viewer' | 'admin') => route.GET(new Request(`${base}/api/v1/exports?${query}`, { headers: who ? { cookie: cookies[who] } : {} }));

  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
    process.env.BETTER_AUTH_SECRET ??= 'test-secret-for-the-exports-route-suite-0123456789';
    globals.claimscopePrisma = Promise.resolve(t.db);
    globals.claimscopeAuth = undefined;
    const users = await makeUsers(t.db);
    const { getAuth } = await import('../../lib/auth/auth.ts');
    for (const who of ['viewer', 'admin'] as const) {
      const signIn = await (await getAuth()).api.signInEmail({ body: { email: users[who].email, password: 'long-enough-password' }, asResponse: true });
      cookies[who] = (signIn.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
    }
    route = await import('../../app/api/v1/exports/route.ts');
    docId = (await makeDocument(t.db)).id;
    await createClaim(t.db, users.editor, { documentId: docId, start: 0, end: 20 });
  });
  afterAll(async () => {
    globals.claimscopePrisma = undefined;
    globals.claimscopeAuth = undefined;
    await t?.dispose();
  });

  it.each([
    ['signed out', 'format=csv', undefined, 401, /sign in/i],
    ['an unknown format', 'format=pdf', 'viewer', 400, /format: must be one of/],
    ['no format', '', 'viewer', 400, /format/],
    ['two scopes', 'format=csv&document=a&topic=b', 'viewer', 400, /at most one/],
    ['a bad compare', 'format=csv&compare=onlyone', 'viewer', 400, /compare/],
    ['a NUL in an id', 'format=csv&document=a%00', 'viewer', 400, /document: is not a valid id/],
    ['a backup by a viewer', 'format=backup', 'viewer', 403, /admin/],
    ['an unknown document', 'format=csv&document=cm0000000000000000000000', 'viewer', 404, /no document/],
  ] as const)('%s', async (_label, query, who, status, message) => {
    const res = await get(query, who);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
  });

  it.each([
    ['claimreview', 'application/ld+json', (body: string) => expect(JSON.parse(body)[0]['@type']).toBe('ClaimReview')],
    ['webannotation', 'application/ld+json', (body: string) => expect(JSON.parse(body).type).toBe('AnnotationCollection')],
    ['csv', 'text/csv', (body: string) => expect(body.split('\r\n')[0]).toMatch(/^claim_id,document_id,/)],
  ] as const)('%s has the content type %s', async (format, type, check) => {
    const res = await get(`format=${format}&document=${docId}`, 'viewer');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="claimscope-document-/);
    check(await res.text());
  });

  it('streams an admin’s backup as JSON lines', async () => {
    const res = await get('format=backup', 'admin');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await res.text()).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ type: 'header', format: 'claimscope-backup', withSecrets: false });
    expect(lines.filter((l) => l.type === 'document')).toHaveLength(1);
    expect(lines.some((l) => l.type === 'account' || l.type === 'session')).toBe(false);
  });
});
