import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { getPrisma } from '../db/client.ts';
import { getEnv } from '../env.ts';
import { authSecret } from './secret.ts';
import { usesSecureCookies } from '../security/headers.ts';
import { isRole, type Role } from './roles.ts';

// better-auth: email + password (scrypt), HTTP-only session cookies, origin checks on its routes.
// Accounts are created by an admin (CLI or admin page), so public sign-up is off.

async function createAuth() {
  const prisma = await getPrisma();
  return betterAuth({
    database: prismaAdapter(prisma, { provider: 'postgresql' }),
    secret: authSecret(),
    baseURL: getEnv().BETTER_AUTH_URL,
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
    user: { additionalFields: { role: { type: 'string', input: false, defaultValue: 'viewer' } } },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    advanced: { useSecureCookies: usesSecureCookies(getEnv().BETTER_AUTH_URL) },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

const globalForAuth = globalThis as unknown as { claimscopeAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.claimscopeAuth ??= createAuth();
  return globalForAuth.claimscopeAuth;
}

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** The signed-in user for these request headers, or null. The role comes from the database. */
export async function getSessionUser(headers: Headers): Promise<SessionUser | null> {
  const session = await (await getAuth()).api.getSession({ headers });
  if (!session) return null;
  const { id, email, name } = session.user;
  const role = (session.user as { role?: unknown }).role;
  return { id, email, name, role: isRole(role) ? role : 'viewer' };
}
