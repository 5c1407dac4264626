import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { applyMigrations } from '../../lib/db/migrate.ts';
import type { Db } from '../../lib/db/client.ts';
import { createClaim } from '../../lib/services/create-claim.ts';
import { createApiToken } from '../../lib/services/create-api-token.ts';
import { revokeApiToken, revokeApiTokenAsOperator, revokeUserApiTokens } from '../../lib/services/revoke-api-token.ts';
import { countActiveApiTokens, listApiTokens } from '../../lib/services/list-api-tokens.ts';
import { setUserRole } from '../../lib/services/set-user-role.ts';
import { authenticateApiToken } from '../../lib/services/authenticate-api-token.ts';
import { hashApiToken } from '../../lib/auth/api-token.ts';
import { requestPathHeader } from '../../lib/auth/access.ts';
import { testTargets, type TestDatabase } from './databases.ts';
import { makeDocument, makeUsers } from './claim-fixtures.ts';
import { allRowCounts } from './all-row-counts.ts';
import { spawnCli } from './cli-process.ts';

// Personal API tokens against the real route handlers (called as Next.js calls them: a Request
// and the route params), the server actions (next/headers stood in for) and proxy.ts.

const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => requestHeaders.current, cookies: async () => ({ get: () => undefined, set: () => {} }) }));

const base = 'http://localhost:3000';
const globals = globalThis as unknown as { claimscopePrisma?: Promise<Db>; claimscopeAuth?: unknown };

type Routes = {
  claim: typeof import('../../app/api/v1/claims/[id]/route.ts');
  search: typeof import('../../app/api/v1/search/route.ts');
};
type Ctx = { t: TestDatabase; routes: Routes; users: Awaited<ReturnType<typeof makeUsers>>; docId: string };

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

function search(c: Ctx, headers: Record<string, string>) {
  return c.routes.search.GET(new Request(`${base}/api/v1/search?q=tram`, { headers }));
}
function patch(c: Ctx, id: string, headers: Record<string, string>, body: unknown) {
  const init = { method: 'PATCH', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
  return c.routes.claim.PATCH(new Request(`${base}/api/v1/claims/${id}`, init), { params: Promise.resolve({ id }) });
}
async function errorOf(res: Response) {
  return ((await res.json()) as { error?: { code: string; message: string } }).error;
}

describe.each(testTargets)('personal API tokens on $name', ({ open }) => {
  const c = {} as Ctx;
  beforeAll(async () => {
    c.t = await open();
    await applyMigrations(c.t.url);
    process.env.BETTER_AUTH_SECRET ??= 'test-secret-for-the-api-token-suite-0123456789';
    globals.claimscopePrisma = Promise.resolve(c.t.db);
    globals.claimscopeAuth = undefined;
    c.users = await makeUsers(c.t.db);
    c.docId = (await makeDocument(c.t.db)).id;
    c.routes = { claim: await import('../../app/api/v1/claims/[id]/route.ts'), search: await import('../../app/api/v1/search/route.ts') };
  });
  afterAll(async () => {
    globals.claimscopePrisma = undefined;
    globals.claimscopeAuth = undefined;
    await c.t?.dispose();
  });

  it('stores only the hash and the prefix, never the secret', async () => {
    const token = await createApiToken(c.t.db, c.users.viewer, { name: 'Notebook' });
    expect(token.secret).toMatch(/^cs_[A-Za-z0-9_-]{43}$/);
    const row = await c.t.db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashApiToken(token.secret));
    expect(row.prefix).toBe(token.secret.slice(0, 10));
    const stored = JSON.stringify(await c.t.db.apiToken.findMany());
    expect(stored).not.toContain(token.secret);
    expect(stored).not.toContain(token.secret.slice(10));
    expect(JSON.stringify(await listApiTokens(c.t.db, c.users.viewer.id))).not.toContain(row.tokenHash);
  });

  it('a token reads through an existing route, and writes with its user role', async () => {
    const editor = await createApiToken(c.t.db, c.users.editor, { name: 'Sync script' });
    const res = await search(c, bearer(editor.secret));
    expect(res.status).toBe(200);
    expect(await res.json()).toHaveProperty('data.results');
    const claim = await createClaim(c.t.db, c.users.annotator, { documentId: c.docId, start: 0, end: 20 });
    const edited = await patch(c, claim.id, bearer(editor.secret), { version: 1, speaker: 'The mayor' });
    expect(edited.status, JSON.stringify(await edited.clone().json())).toBe(200);
    const revision = await c.t.db.revision.findFirstOrThrow({ where: { entityId: claim.id, action: 'update' } });
    expect(revision.userId).toBe(c.users.editor.id);
  });

  it('a viewer token cannot write (403) and changes nothing', async () => {
    const viewer = await createApiToken(c.t.db, c.users.viewer, { name: 'Read only' });
    const claim = await createClaim(c.t.db, c.users.editor, { documentId: c.docId, start: 0, end: 20 });
    const before = await allRowCounts(c.t.db);
    const res = await patch(c, claim.id, bearer(viewer.secret), { version: 1, speaker: 'Someone' });
    expect(res.status).toBe(403);
    expect((await errorOf(res))?.message).toMatch(/annotator role; you are signed in as viewer/);
    expect(await allRowCounts(c.t.db)).toEqual(before);
    expect((await search(c, bearer(viewer.secret))).status).toBe(200);
  });

  it('a revoked token is refused with 401 and says so', async () => {
    const token = await createApiToken(c.t.db, c.users.annotator, { name: 'Old laptop' });
    expect((await search(c, bearer(token.secret))).status).toBe(200);
    const revoked = await revokeApiToken(c.t.db, c.users.annotator, { id: token.id });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    const res = await search(c, bearer(token.secret));
    expect(res.status).toBe(401);
    expect(await errorOf(res)).toEqual({ code: 'UNAUTHENTICATED', message: 'This API token was revoked.' });
    const claim = await createClaim(c.t.db, c.users.annotator, { documentId: c.docId, start: 0, end: 20 });
    expect((await patch(c, claim.id, bearer(token.secret), { version: 1, speaker: 'x' })).status).toBe(401);
  });

  it('an expired token, an unknown token and a malformed one are refused with 401', async () => {
    const token = await createApiToken(c.t.db, c.users.editor, { name: 'Short lived', expiresInDays: 1 });
    expect((await search(c, bearer(token.secret))).status).toBe(200);
    await c.t.db.apiToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await search(c, bearer(token.secret));
    expect(expired.status).toBe(401);
    expect((await errorOf(expired))?.message).toBe('This API token has expired.');
    const unknown = await search(c, bearer(`cs_${'A'.repeat(43)}`));
    expect(unknown.status).toBe(401);
    expect((await errorOf(unknown))?.message).toBe('This API token is not valid.');
    expect((await search(c, bearer('not-a-token'))).status).toBe(401);
  });

  it('a demoted user token loses the role at once', async () => {
    const user = (await makeUsers(c.t.db)).annotator;
    const token = await createApiToken(c.t.db, user, { name: 'Annotator script' });
    const claim = await createClaim(c.t.db, user, { documentId: c.docId, start: 0, end: 20 });
    expect((await patch(c, claim.id, bearer(token.secret), { version: 1, speaker: 'A' })).status).toBe(200);
    await setUserRole(c.t.db, c.users.admin, { userId: user.id, role: 'viewer' });
    const res = await patch(c, claim.id, bearer(token.secret), { version: 2, speaker: 'B' });
    expect(res.status).toBe(403);
    expect((await errorOf(res))?.message).toMatch(/signed in as viewer/);
  });

  it('a deleted user takes their tokens along', async () => {
    const user = (await makeUsers(c.t.db)).editor;
    const token = await createApiToken(c.t.db, user, { name: 'Leaver' });
    await c.t.db.user.delete({ where: { id: user.id } });
    expect(await c.t.db.apiToken.count({ where: { id: token.id } })).toBe(0);
    expect((await search(c, bearer(token.secret))).status).toBe(401);
  });

  it('lastUsedAt is set on use and written at most once a minute', async () => {
    const token = await createApiToken(c.t.db, c.users.viewer, { name: 'Counter' });
    expect((await c.t.db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toBeNull();
    const t0 = new Date('2030-01-01T10:00:00Z');
    await authenticateApiToken(c.t.db, token.secret, t0);
    await authenticateApiToken(c.t.db, token.secret, new Date(t0.getTime() + 30_000));
    expect((await c.t.db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toEqual(t0);
    const later = new Date(t0.getTime() + 61_000);
    await authenticateApiToken(c.t.db, token.secret, later);
    expect((await c.t.db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toEqual(later);
    await c.t.db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: null } });
    expect((await search(c, bearer(token.secret))).status).toBe(200);
    expect((await c.t.db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toBeInstanceOf(Date);
  });

  it('users revoke only their own tokens; admins and the operator revoke anyone', async () => {
    const mine = await createApiToken(c.t.db, c.users.editor, { name: 'Mine' });
    await expect(revokeApiToken(c.t.db, c.users.annotator, { id: mine.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await c.t.db.apiToken.findUniqueOrThrow({ where: { id: mine.id } })).revokedAt).toBeNull();
    expect((await revokeApiToken(c.t.db, c.users.admin, { id: mine.id })).revokedAt).toBeInstanceOf(Date);
    const other = await createApiToken(c.t.db, c.users.viewer, { name: 'Other' });
    expect((await revokeApiTokenAsOperator(c.t.db, { id: other.id })).revokedAt).toBeInstanceOf(Date);
    await expect(revokeApiTokenAsOperator(c.t.db, { id: 'cm0000000000000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('an admin revokes every active token of a user at once', async () => {
    const user = (await makeUsers(c.t.db)).annotator;
    const [a, b] = [await createApiToken(c.t.db, user, { name: 'A' }), await createApiToken(c.t.db, user, { name: 'B' })];
    expect((await countActiveApiTokens(c.t.db))[user.id]).toBe(2);
    await expect(revokeUserApiTokens(c.t.db, c.users.editor, { userId: user.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await revokeUserApiTokens(c.t.db, c.users.admin, { userId: user.id })).toEqual({ userId: user.id, revoked: 2 });
    expect((await countActiveApiTokens(c.t.db))[user.id]).toBeUndefined();
    for (const t of [a, b]) expect((await search(c, bearer(t.secret))).status).toBe(401);
  });

  it('bad names store nothing', async () => {
    const before = await allRowCounts(c.t.db);
    await expect(createApiToken(c.t.db, c.users.viewer, { name: '  ' })).rejects.toThrow(/must not be empty/);
    await expect(createApiToken(c.t.db, c.users.viewer, { name: 'a\u0000b' })).rejects.toThrow(/U\+0000/);
    await expect(createApiToken(c.t.db, c.users.viewer, { name: 'x'.repeat(101) })).rejects.toThrow(/too long/);
    expect(await allRowCounts(c.t.db)).toEqual(before);
  });

  it('the CLI creates (secret once), lists (no secret) and revokes tokens as the operator', async () => {
    const user = c.users.annotator;
    const made = await spawnCli(['token', 'create', '--user', user.email.toUpperCase(), '--name', 'CI job', '--expires-days', '30', '--json'], c.t.url);
    expect(made.code, made.stderr).toBe(0);
    const created = JSON.parse(made.stdout) as { id: string; secret: string; prefix: string; expiresAt: string };
    expect(created.secret.startsWith(created.prefix)).toBe(true);
    expect(new Date(created.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect((await search(c, bearer(created.secret))).status).toBe(200);
    const listed = await spawnCli(['token', 'list', '--user', user.email, '--json'], c.t.url);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).not.toContain(created.secret);
    expect(JSON.parse(listed.stdout)).toContainEqual(expect.objectContaining({ id: created.id, name: 'CI job', state: 'active' }));
    const revoked = await spawnCli(['token', 'revoke', created.id], c.t.url);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toMatch(/Revoked token .* "CI job"/);
    expect((await search(c, bearer(created.secret))).status).toBe(401);
    const text = await spawnCli(['token', 'list', '--user', user.email], c.t.url);
    expect(text.stdout).toMatch(new RegExp(`${created.id}\\s+${created.prefix}…\\s+revoked`));
    const nobody = await spawnCli(['token', 'create', '--user', 'nobody@test.local', '--name', 'x'], c.t.url);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/There is no user nobody@test\.local/);
    const badName = await spawnCli(['token', 'create', '--user', user.email, '--name', ' '], c.t.url);
    expect(badName.code).toBe(1);
    expect(badName.stderr).toMatch(/name: must not be empty/);
  });

  it('a Bearer token signs in neither a server action nor a page', async () => {
    const token = await createApiToken(c.t.db, c.users.admin, { name: 'Not for pages' });
    const { createApiTokenAction } = await import('../../lib/actions/api-tokens.ts');
    const { readerFor, currentUser } = await import('../../lib/actions/session.ts');
    requestHeaders.current = new Headers({ ...bearer(token.secret), 'next-action': 'abc123', [requestPathHeader]: '/account/tokens' });
    const before = await allRowCounts(c.t.db);
    expect(await createApiTokenAction({ name: 'Via a token' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await allRowCounts(c.t.db)).toEqual(before);
    requestHeaders.current = new Headers({ ...bearer(token.secret), [requestPathHeader]: '/admin/users' });
    expect(await currentUser()).toBeNull();
    await expect(readerFor('private', requestHeaders.current)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    // The same token, on a REST path, is the admin.
    expect((await readerFor('private', new Headers({ ...bearer(token.secret), [requestPathHeader]: '/api/v1/search?q=x' })))?.id).toBe(c.users.admin.id);
  });
});

describe('proxy.ts and API tokens', () => {
  const secret = `cs_${'b'.repeat(43)}`;
  const forwarded = (res: Response) => (res.headers.get('x-middleware-override-headers') ?? '').split(',');

  it('lets a Bearer request to /api/v1 through without a cookie, with its Authorization header', async () => {
    const { proxy } = await import('../../proxy.ts');
    const res = proxy(new NextRequest(`${base}/api/v1/claims/abc`, { method: 'PATCH', headers: bearer(secret) }));
    expect(res.status).toBe(200);
    expect(forwarded(res)).toContain('authorization');
    expect(res.headers.get('x-middleware-request-authorization')).toBe(`Bearer ${secret}`);
  });

  it('still turns a cookie-less, token-less request for a private API path away', async () => {
    const { proxy } = await import('../../proxy.ts');
    expect(proxy(new NextRequest(`${base}/api/v1/exports?format=csv`)).status).toBe(401);
  });

  it('a token does not open a page, and the header never reaches pages, actions or better-auth', async () => {
    const { proxy } = await import('../../proxy.ts');
    const page = proxy(new NextRequest(`${base}/review`, { headers: bearer(secret) }));
    expect(page.status).toBe(307);
    expect(page.headers.get('location')).toMatch(/\/login\?next=%2Freview$/);
    const cookie = { cookie: 'better-auth.session_token=abc' };
    for (const [path, extra] of [['/review', {}], ['/api/auth/get-session', {}], ['/api/v1/search', { 'next-action': 'x' }]] as const) {
      const res = proxy(new NextRequest(`${base}${path}`, { method: 'POST', headers: { ...bearer(secret), ...cookie, ...extra, origin: base, host: 'localhost:3000' } }));
      expect(forwarded(res), path).not.toContain('authorization');
      expect(forwarded(res)).toContain('cookie');
    }
  });
});
