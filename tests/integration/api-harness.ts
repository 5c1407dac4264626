import { expect } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import type { Db } from '../../lib/db/client.ts';
import type { TestDatabase } from './databases.ts';
import { makeUsers } from './claim-fixtures.ts';
import { allRowCounts } from './all-row-counts.ts';

// Calls the REST route handlers as Next.js does (a Request and the decoded params), signed in
// with real session cookies per role, against one test database. Shared by the api-* suites.

export type RoleName = 'viewer' | 'annotator' | 'editor' | 'admin';
type Handler = (request: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
export type CallOptions = { as?: RoleName | null; id?: string; query?: Record<string, string | number>; body?: unknown; contentType?: string | null };
export type ApiBody = { data?: unknown; nextCursor?: string | null; error?: { code: string; message: string; issues?: { path: string; message: string }[]; current?: Record<string, unknown> } };

export const base = 'http://localhost:3000';
const globals = globalThis as unknown as { claimscopePrisma?: Promise<Db>; claimscopeAuth?: unknown };

export type ApiContext = {
  t: TestDatabase;
  db: Db;
  users: Awaited<ReturnType<typeof makeUsers>>;
  cookies: Record<RoleName, string>;
  call: (handler: Handler, method: string, options?: CallOptions) => Promise<{ status: number; body: ApiBody }>;
};

export async function openApi(open: () => Promise<TestDatabase>): Promise<ApiContext> {
  const t = await open();
  await applyMigrations(t.url);
  process.env.BETTER_AUTH_SECRET ??= 'test-secret-for-the-rest-api-suites-0123456789';
  // The route handlers use the app's lazily created clients; point them at this database.
  globals.claimscopePrisma = Promise.resolve(t.db);
  globals.claimscopeAuth = undefined;
  const users = await makeUsers(t.db);
  const { getAuth } = await import('../../lib/auth/auth.ts');
  const auth = await getAuth();
  const cookies = {} as Record<RoleName, string>;
  for (const role of ['viewer', 'annotator', 'editor', 'admin'] as const) {
    const res = await auth.api.signInEmail({ body: { email: users[role].email, password: 'long-enough-password' }, asResponse: true });
    cookies[role] = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
    expect(cookies[role]).toMatch(/session_token=/);
  }
  const call: ApiContext['call'] = async (handler, method, { as = 'editor', id = '', query, body, contentType = 'application/json' } = {}) => {
    const url = new URL(`${base}/api/v1/x`);
    for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { origin: base, host: 'localhost:3000' };
    if (as) headers.cookie = cookies[as];
    if (body !== undefined && contentType) headers['content-type'] = contentType;
    const init: RequestInit = { method, headers, ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }) };
    const res = await handler(new Request(url, init), { params: Promise.resolve({ id }) });
    return { status: res.status, body: (await res.json()) as ApiBody };
  };
  return { t, db: t.db, users, cookies, call };
}

export async function closeApi(ctx: ApiContext | undefined): Promise<void> {
  globals.claimscopePrisma = undefined;
  globals.claimscopeAuth = undefined;
  await ctx?.t.dispose();
}

/** Runs a request that must fail with `status` and `code` and write nothing at all. */
export async function expectRefused(ctx: ApiContext, send: () => Promise<{ status: number; body: ApiBody }>, status: number, code: string) {
  const before = await allRowCounts(ctx.db);
  const { status: got, body } = await send();
  expect(got, JSON.stringify(body)).toBe(status);
  expect(body.error?.code).toBe(code);
  expect(body.error?.message).toEqual(expect.any(String));
  expect(await allRowCounts(ctx.db)).toEqual(before);
  return body.error!;
}

/** A body one byte over the REST limit. */
export function oversizeBody(field = 'text'): string {
  return JSON.stringify({ [field]: 'a'.repeat(5 * 1024 * 1024) });
}
