import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import type { Db } from '../../lib/db/client.ts';
import { createClaim } from '../../lib/services/create-claim.ts';
import { loadLexicon } from '../../lib/services/concept-lexicon.ts';
import { testTargets, type TestDatabase } from './databases.ts';
import { makeDocument, makeUsers } from './claim-fixtures.ts';
import { allRowCounts } from './all-row-counts.ts';

// Bad input through the REST route handlers, called as Next.js calls them (a Request and the
// decoded route params), signed in with a real session cookie: 400 or 404 with a message that
// names the problem, never 500, and every table unchanged.

type Routes = { claim: typeof import('../../app/api/v1/claims/[id]/route.ts'); comparisons: typeof import('../../app/api/v1/comparisons/route.ts') };
type Ctx = { t: TestDatabase; routes: Routes; cookie: string; claimId: string; docA: string; docB: string };
type Case = [label: string, send: (c: Ctx) => Promise<Response>, status: number, message: RegExp];

const NUL = '\u0000';
const base = 'http://localhost:3000';
const globals = globalThis as unknown as { claimscopePrisma?: Promise<Db>; claimscopeAuth?: unknown };

function patch(c: Ctx, id: string, body: unknown) {
  const init = { method: 'PATCH', headers: { cookie: c.cookie, 'content-type': 'application/json', origin: base, host: 'localhost:3000' }, body: typeof body === 'string' ? body : JSON.stringify(body) };
  return c.routes.claim.PATCH(new Request(`${base}/api/v1/claims/x`, init), { params: Promise.resolve({ id }) });
}
function remove(c: Ctx, id: string, version: string) {
  const init = { method: 'DELETE', headers: { cookie: c.cookie, origin: base, host: 'localhost:3000' } };
  return c.routes.claim.DELETE(new Request(`${base}/api/v1/claims/x?version=${encodeURIComponent(version)}`, init), { params: Promise.resolve({ id }) });
}
function compare(c: Ctx, ids: string | null) {
  const url = new URL(`${base}/api/v1/comparisons`);
  if (ids !== null) url.searchParams.set('ids', ids);
  return c.routes.comparisons.GET(new Request(url, { headers: { cookie: c.cookie } }));
}

const cases: Case[] = [
  ['PATCH a claim id with NUL', (c) => patch(c, `${c.claimId}${NUL}`, { version: 1, kind: 'quote' }), 400, /id: is not a valid id/],
  ['PATCH a claim id with a path', (c) => patch(c, '../../etc/passwd', { version: 1, kind: 'quote' }), 400, /id: is not a valid id/],
  ['PATCH a claim id with SQL', (c) => patch(c, "1' OR '1'='1", { version: 1, kind: 'quote' }), 400, /id: is not a valid id/],
  ['PATCH a claim id of 200 characters', (c) => patch(c, 'a'.repeat(200), { version: 1, kind: 'quote' }), 400, /id: is not a valid id/],
  ['PATCH an unknown claim id', (c) => patch(c, 'cm0000000000000000000000', { version: 1, kind: 'quote' }), 404, /no such claim/i],
  ['PATCH speaker with NUL', (c) => patch(c, c.claimId, { version: 1, speaker: `Mayor${NUL}` }), 400, /speaker: contains the control character U\+0000/],
  ['PATCH speaker with a C1 control', (c) => patch(c, c.claimId, { version: 1, speaker: 'Mayor\u0085' }), 400, /speaker: contains the control character U\+0085/],
  ['PATCH speaker over 200 characters', (c) => patch(c, c.claimId, { version: 1, speaker: 'm'.repeat(201) }), 400, /speaker: is too long/],
  ['PATCH cue with ESC', (c) => patch(c, c.claimId, { version: 1, cue: 'said\u001B[2J' }), 400, /cue: contains the control character U\+001B/],
  ['PATCH quantity text with NUL', (c) => patch(c, c.claimId, { version: 1, quantities: [{ text: NUL, value: 1 }] }), 400, /quantities\.0\.text: /],
  ['PATCH 51 quantities', (c) => patch(c, c.claimId, { version: 1, quantities: Array.from({ length: 51 }, () => ({ text: '1', value: 1 })) }), 400, /quantities: /],
  ['PATCH an unknown kind', (c) => patch(c, c.claimId, { version: 1, kind: 'rumour' }), 400, /kind: /],
  ['PATCH without a version', (c) => patch(c, c.claimId, { kind: 'quote' }), 400, /version: /],
  ['PATCH a body that is not JSON', (c) => patch(c, c.claimId, '{"version": 1, "kind": '), 400, /version: /],
  ['PATCH a body with a NUL key and value', (c) => patch(c, c.claimId, `{"version":1,"speaker":"\\u0000","\\u0000":1}`), 400, /speaker: contains the control character U\+0000/],
  ['DELETE a claim id with NUL', (c) => remove(c, NUL, '1'), 400, /id: is not a valid id/],
  ['DELETE with a version that is not a number', (c) => remove(c, c.claimId, 'abc'), 400, /version: /],
  ['DELETE with a version with NUL', (c) => remove(c, c.claimId, `1${NUL}`), 400, /version: /],
  ['GET comparisons with a NUL id', (c) => compare(c, `${c.docA},${c.docB}${NUL}`), 400, /1: is not a valid id/],
  ['GET comparisons with a path id', (c) => compare(c, `${c.docA},../admin`), 400, /1: is not a valid id/],
  ['GET comparisons with seven ids', (c) => compare(c, 'a,b,c,d,e,f,g'), 400, /: /],
  ['GET comparisons with one id', (c) => compare(c, c.docA), 400, /: /],
  ['GET comparisons without ids', (c) => compare(c, null), 400, /ids is required/],
  ['GET comparisons with an unknown id', (c) => compare(c, `${c.docA},cm0000000000000000000000`), 404, /./],
];

describe.each(testTargets)('bad input through the REST routes on $name', ({ open }) => {
  const ctx = {} as Ctx;
  beforeAll(async () => {
    ctx.t = await open();
    await applyMigrations(ctx.t.url);
    // The route handlers use the app's lazily created clients; point them at this database.
    process.env.BETTER_AUTH_SECRET ??= 'test-secret-for-the-bad-input-suite-0123456789';
    globals.claimscopePrisma = Promise.resolve(ctx.t.db);
    globals.claimscopeAuth = undefined;
    const users = await makeUsers(ctx.t.db);
    const { getAuth } = await import('../../lib/auth/auth.ts');
    const signIn = await (await getAuth()).api.signInEmail({ body: { email: users.editor.email, password: 'long-enough-password' }, asResponse: true });
    ctx.cookie = (signIn.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
    expect(ctx.cookie).toMatch(/session_token=/);
    ctx.routes = { claim: await import('../../app/api/v1/claims/[id]/route.ts'), comparisons: await import('../../app/api/v1/comparisons/route.ts') };
    ctx.docA = (await makeDocument(ctx.t.db)).id;
    ctx.docB = (await makeDocument(ctx.t.db, 'The minister said the budget grows by 3 percent next year.')).id;
    ctx.claimId = (await createClaim(ctx.t.db, users.editor, { documentId: ctx.docA, start: 0, end: 20 })).id;
    await loadLexicon(ctx.t.db); // seeds the concept lexicon on first use, which a comparison would otherwise do
  });
  afterAll(async () => {
    globals.claimscopePrisma = undefined;
    globals.claimscopeAuth = undefined;
    await ctx.t?.dispose();
  });

  it.each(cases)('%s', async (_label, send, status, message) => {
    const before = await allRowCounts(ctx.t.db);
    const res = await send(ctx);
    const body = (await res.json()) as { error?: { code: string; message: string } };
    expect(res.status, JSON.stringify(body)).toBe(status);
    expect(body.error?.message).toMatch(message);
    expect(await allRowCounts(ctx.t.db)).toEqual(before);
  });

  it('a good PATCH still works with the same session', async () => {
    const res = await patch(ctx, ctx.claimId, { version: 1, speaker: 'The mayor\tof Ulm' });
    expect(res.status).toBe(200);
  });
});
