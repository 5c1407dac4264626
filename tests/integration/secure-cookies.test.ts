import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { testTargets, type TestDatabase } from './databases.ts';
import { makeUser } from './claim-fixtures.ts';

// The session cookie is Secure (and __Secure- prefixed) exactly when BETTER_AUTH_URL is https:
// signs in through better-auth itself and reads the Set-Cookie header it sends.

async function signInCookie(t: TestDatabase, publicUrl: string): Promise<string> {
  // A fresh env, Prisma client and better-auth instance for this public URL.
  await (await import('../../lib/db/client.ts')).disconnectPrisma();
  (globalThis as { claimscopeAuth?: unknown }).claimscopeAuth = undefined;
  vi.resetModules();
  Object.assign(process.env, { DATABASE_URL: t.url, BETTER_AUTH_URL: publicUrl, BETTER_AUTH_SECRET: 'x'.repeat(40) });
  const { getAuth } = await import('../../lib/auth/auth.ts');
  const user = await makeUser(t.db, 'viewer');
  const res = await (await getAuth()).api.signInEmail({ body: { email: user.email, password: 'long-enough-password' }, headers: new Headers({ origin: publicUrl }), asResponse: true });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie') ?? '';
}

describe.each(testTargets)('session cookie flags on $name', (target) => {
  let t: TestDatabase;
  const saved = { ...process.env };
  beforeAll(async () => {
    t = await target.open();
    await applyMigrations(t.url);
  });
  afterAll(async () => {
    process.env = saved;
    const { disconnectPrisma } = await import('../../lib/db/client.ts');
    await disconnectPrisma();
    await t?.dispose();
  });

  it('is Secure with the __Secure- prefix behind an https public URL', async () => {
    const cookie = await signInCookie(t, 'https://claims.example.org');
    expect(cookie).toMatch(/__Secure-better-auth\.session_token=[^;]+;[^,]*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
  });

  it('is not Secure on plain http (local demo)', async () => {
    const cookie = await signInCookie(t, 'http://localhost:3000');
    expect(cookie).toMatch(/(^|, )better-auth\.session_token=/);
    expect(cookie).not.toMatch(/Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
  });
});
