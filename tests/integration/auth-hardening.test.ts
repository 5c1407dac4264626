import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { createPrisma, type Db } from '../../lib/db/client.ts';
import { signInRules } from '../../lib/auth/sign-in-rules.ts';
import { socketAddressHeader } from '../../lib/auth/client-address.ts';
import { reserveSignInAttempt, throttleSignIn } from '../../lib/services/sign-in-throttle.ts';
import { revokeUserSessions } from '../../lib/services/revoke-user-sessions.ts';
import { createUser } from '../../lib/services/create-user.ts';
import { testTargets, type TestDatabase } from './databases.ts';

// The sign-in limiter, sessions and the /login action on real databases. The action and the
// REST route run for real (better-auth included); next/headers and redirect are stood in for.

const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => requestHeaders.current, cookies: async () => ({ get: () => undefined, set: () => {} }) }));
vi.mock('next/navigation', () => ({ redirect: (to: string) => { throw new Error(`REDIRECT ${to}`); } }));

const origin = 'http://localhost:3000';
const password = 'correct horse battery';
const rules = signInRules({ delayAfter: 3, lockAfter: 10, addressLockAfter: 50, windowMinutes: 15, lockMinutes: 15 });
const t0 = new Date('2026-12-02T08:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const wrong = async () => ({ succeeded: false, result: null });
const right = async () => ({ succeeded: true, result: null });
let counter = 0;
const uniqueEmail = (tag: string) => `${tag}-${++counter}-${Date.now().toString(36)}@test.local`;

type Globals = { claimscopePrisma?: Promise<Db>; claimscopeAuth?: unknown };

function restSignIn(email: string, pass: string, headers: Record<string, string> = {}) {
  return new Request(`${origin}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', [socketAddressHeader]: '203.0.113.5', ...headers },
    body: JSON.stringify({ email, password: pass }),
  });
}

function loginForm(email: string, pass: string, next = '') {
  const form = new FormData();
  form.set('email', email);
  form.set('password', pass);
  form.set('next', next);
  return form;
}

/** The /login server action as the browser calls it; returns its error or where it redirected. */
async function submitLogin(email: string, pass: string, next = '', socket = '198.51.100.20') {
  const { signIn } = await import('../../lib/actions/auth.ts');
  requestHeaders.current = new Headers({ origin, [socketAddressHeader]: socket });
  try {
    return (await signIn({}, loginForm(email, pass, next))).error ?? 'no error';
  } catch (e) {
    return (e as Error).message;
  }
}

describe.each(testTargets)('authentication hardening on $name', ({ open }) => {
  let t: TestDatabase;
  let route: typeof import('../../app/api/auth/[...all]/route.ts');
  beforeAll(async () => {
    t = await open();
    await applyMigrations(t.url);
    // The app's lazily created Prisma client and better-auth instance, pointed at this database.
    const g = globalThis as unknown as Globals;
    g.claimscopePrisma = Promise.resolve(t.db);
    g.claimscopeAuth = undefined;
    route = await import('../../app/api/auth/[...all]/route.ts');
  });
  afterAll(async () => {
    Object.assign(globalThis as unknown as Globals, { claimscopePrisma: undefined, claimscopeAuth: undefined });
    await t?.dispose();
  });
  beforeEach(async () => {
    await t.db.signInThrottle.deleteMany();
  });

  async function account(role: 'viewer' | 'admin' = 'viewer') {
    return createUser(t.db, { email: uniqueEmail(role), role, password });
  }

  describe('the limiter service', () => {
    it('locks an account after ten failures in the window and says when to retry', async () => {
      const a = { email: uniqueEmail('lock'), address: '203.0.113.1' };
      for (let i = 0; i < 10; i++) expect((await throttleSignIn(t.db, rules, a, wrong, at(i * 40))).refused).toBeNull();
      const refused = await throttleSignIn(t.db, rules, a, right, at(9 * 40 + 60));
      expect(refused.refused?.scope).toBe('account');
      expect(refused.refused?.message).toBe('Too many failed sign-ins for this account. Try again in 14 minutes.');
      expect((await throttleSignIn(t.db, rules, a, right, at(9 * 40 + 15 * 60))).refused).toBeNull();
    });

    it('counts per account whatever the address, and per address across accounts', async () => {
      const email = uniqueEmail('spread');
      for (let i = 0; i < 10; i++) await throttleSignIn(t.db, rules, { email, address: `198.51.100.${i}` }, wrong, at(i * 40));
      expect((await reserveSignInAttempt(t.db, rules, { email: email.toUpperCase(), address: '192.0.2.99' }, at(420)))?.scope).toBe('account');

      const address = '203.0.113.77';
      for (let i = 0; i < 50; i++) await throttleSignIn(t.db, rules, { email: uniqueEmail('spray'), address }, wrong, at(i));
      const refused = await reserveSignInAttempt(t.db, rules, { email: uniqueEmail('fresh'), address }, at(51));
      expect(refused?.scope).toBe('address');
      expect(refused?.message).toMatch(/^Too many failed sign-ins from your network\. Try again in 15 minutes\.$/);
    });

    it('makes the fourth attempt wait, then doubles the wait', async () => {
      const a = { email: uniqueEmail('delay'), address: '203.0.113.2' };
      for (let i = 0; i < 3; i++) await throttleSignIn(t.db, rules, a, wrong, at(0));
      expect((await reserveSignInAttempt(t.db, rules, a, at(0.5)))?.message).toBe('Too many failed sign-ins for this account. Try again in 1 second.');
      expect(await reserveSignInAttempt(t.db, rules, a, at(1))).toBeNull();
      expect((await reserveSignInAttempt(t.db, rules, a, at(2)))?.retryAt).toEqual(at(3));
    });

    it('a successful sign-in resets the account counter', async () => {
      const a = { email: uniqueEmail('reset'), address: '203.0.113.3' };
      for (let i = 0; i < 9; i++) await throttleSignIn(t.db, rules, a, wrong, at(i * 40));
      expect((await throttleSignIn(t.db, rules, a, right, at(400))).refused).toBeNull();
      expect(await t.db.signInThrottle.findUnique({ where: { key: `account:${a.email}` } })).toBeNull();
      for (let i = 0; i < 3; i++) expect((await throttleSignIn(t.db, rules, a, wrong, at(401))).refused).toBeNull();
    });

    it('treats unknown and existing accounts exactly alike', async () => {
      const known = await account();
      const unknown = uniqueEmail('nobody');
      const run = async (email: string) => {
        const results = [];
        for (let i = 0; i < 12; i++) results.push((await throttleSignIn(t.db, rules, { email, address: `192.0.2.${i}` }, wrong, at(i * 40))).refused);
        return results.map((r) => r && { message: r.message, retryAt: r.retryAt.toISOString() });
      };
      expect(await run(known.email)).toEqual(await run(unknown));
    });

    it('two app processes sharing the database see the same counters', async () => {
      const other = createPrisma(t.url);
      try {
        const a = { email: uniqueEmail('shared'), address: '203.0.113.4' };
        for (let i = 0; i < 10; i++) await throttleSignIn(i % 2 ? other : t.db, rules, a, wrong, at(i * 40));
        expect((await reserveSignInAttempt(other, rules, a, at(400)))?.scope).toBe('account');
        expect((await reserveSignInAttempt(t.db, rules, a, at(400)))?.scope).toBe('account');
      } finally {
        await other.$disconnect();
      }
    });

    it('lets only three of twenty parallel guesses through (each is counted before the password check)', async () => {
      const a = { email: uniqueEmail('burst'), address: '203.0.113.6' };
      const results = await Promise.all(Array.from({ length: 20 }, () => reserveSignInAttempt(t.db, rules, a, at(0))));
      expect(results.filter((r) => r === null)).toHaveLength(3);
    });
  });

  describe('finding: the /login form was outside the limiter', () => {
    it('30 wrong passwords at /login, then the right one is refused with the lockout message', async () => {
      const user = await account();
      for (let i = 0; i < 30; i++) expect(await submitLogin(user.email, `wrong-password-${i}`)).toMatch(/^(Wrong email or password\.|Too many failed sign-ins for this account\. Try again in \d+ (seconds?|minutes?)\.)$/);
      expect(await submitLogin(user.email, password)).toMatch(/^Too many failed sign-ins for this account\. Try again in \d+ (seconds?|minutes?)\.$/);
    });

    it('the right password redirects only to a same-site next path', async () => {
      const user = await account();
      expect(await submitLogin(user.email, password, '/%5Cevil.example/x')).toBe('REDIRECT /');
      expect(await submitLogin(user.email, password, '/\\evil.example/x')).toBe('REDIRECT /');
      expect(await submitLogin(user.email, password, '/review')).toBe('REDIRECT /review');
    });
  });

  describe('finding: the REST limiter trusted X-Forwarded-For', () => {
    it('changing X-Forwarded-For on every guess does not avoid the lockout; 429 with Retry-After', async () => {
      const user = await account();
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        statuses.push((await route.POST(restSignIn(user.email, `wrong-${i}`, { 'x-forwarded-for': `10.9.${i}.${i}` }))).status);
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
      const last = await route.POST(restSignIn(user.email, password, { 'x-forwarded-for': '10.200.0.1' }));
      expect(last.status).toBe(429);
      expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await last.json()).message).toMatch(/^Too many failed sign-ins for this account\. Try again in/);
    });

    it('a right password signs in and a body without an e-mail gets 400', async () => {
      const user = await account();
      const ok = await route.POST(restSignIn(user.email, password));
      expect(ok.status).toBe(200);
      expect(ok.headers.get('set-cookie')).toMatch(/session_token=/);
      const bad = await route.POST(new Request(`${origin}/api/auth/sign-in/email`, { method: 'POST', headers: { origin, 'content-type': 'text/plain' }, body: 'x' }));
      expect(bad.status).toBe(400);
    });
  });

  describe('sessions', () => {
    async function sessionCookie(email: string) {
      const response = await route.POST(restSignIn(email, password));
      expect(response.status).toBe(200);
      return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    }
    async function sessionOf(cookie: string) {
      const response = await route.GET(new Request(`${origin}/api/auth/get-session`, { headers: { cookie, origin } }));
      return response.json();
    }

    it('an admin revoking a user\'s sessions signs out the old cookie at once', async () => {
      const user = await account();
      const admin = await account('admin');
      const cookie = await sessionCookie(user.email);
      const { getSessionUser } = await import('../../lib/auth/auth.ts');
      expect((await getSessionUser(new Headers({ cookie })))?.email).toBe(user.email);
      await expect(revokeUserSessions(t.db, { id: user.id, role: 'editor' }, { userId: user.id })).rejects.toThrow(/admin role/);
      expect(await revokeUserSessions(t.db, admin, { userId: user.id })).toEqual({ userId: user.id, revoked: 1 });
      expect(await getSessionUser(new Headers({ cookie }))).toBeNull();
      expect(await sessionOf(cookie)).toBeNull();
    });

    it('"sign out everywhere" ends every session of the user', async () => {
      const user = await account();
      const [first, second] = [await sessionCookie(user.email), await sessionCookie(user.email)];
      expect(await t.db.session.count({ where: { userId: user.id } })).toBe(2);
      const { signOutEverywhere } = await import('../../lib/actions/auth.ts');
      requestHeaders.current = new Headers({ cookie: first, origin });
      await expect(signOutEverywhere()).rejects.toThrow('REDIRECT /login');
      expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);
      expect(await sessionOf(second)).toBeNull();
    });

    it('a session older than the absolute lifetime is signed out', async () => {
      const user = await account();
      const cookie = await sessionCookie(user.email);
      await t.db.session.updateMany({ where: { userId: user.id }, data: { createdAt: new Date(Date.now() - 8 * 24 * 3600 * 1000) } });
      const { getSessionUser } = await import('../../lib/auth/auth.ts');
      expect(await getSessionUser(new Headers({ cookie }))).toBeNull();
      expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);
    });
  });

  it('new passwords need 12 to 128 characters', async () => {
    const before = await t.db.user.count();
    await expect(createUser(t.db, { email: uniqueEmail('short'), role: 'viewer', password: 'elevenchars' })).rejects.toThrow('password: Passwords need at least 12 characters');
    await expect(createUser(t.db, { email: uniqueEmail('long'), role: 'viewer', password: 'x'.repeat(129) })).rejects.toThrow('at most 128 characters');
    expect(await t.db.user.count()).toBe(before);
  });
});
