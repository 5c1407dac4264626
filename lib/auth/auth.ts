import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { getPrisma } from '../db/client.ts';
import { getEnv } from '../env.ts';
import { authSecret } from './secret.ts';
import { usesSecureCookies } from '../security/headers.ts';
import { isRole, type Role } from './roles.ts';
import { maxPasswordLength, minPasswordLength } from './password-rules.ts';
import { acceptsBearer, bearerTokenOf } from './api-token.ts';
import { authenticateApiToken } from '../services/authenticate-api-token.ts';

// better-auth: email + password (scrypt), HTTP-only session cookies, origin checks on its routes.
// Accounts are created by an admin (CLI or admin page), so public sign-up is off.
// better-auth's own rate limiter is off: it is per IP, trusts X-Forwarded-For and covers only the
// REST route; lib/services/sign-in-throttle.ts guards every sign-in path instead.

/** Sessions slide while used and end after the idle time, and never outlive the absolute lifetime. */
export function sessionLifetimes() {
  const env = getEnv();
  const maxAgeSeconds = env.CLAIMSCOPE_SESSION_MAX_AGE_HOURS * 3600;
  const idleSeconds = Math.min(env.CLAIMSCOPE_SESSION_IDLE_HOURS * 3600, maxAgeSeconds);
  return { maxAgeSeconds, idleSeconds, refreshSeconds: Math.max(60, Math.min(86400, Math.floor(idleSeconds / 4))) };
}

async function createAuth() {
  const prisma = await getPrisma();
  const lifetimes = sessionLifetimes();
  return betterAuth({
    database: prismaAdapter(prisma, { provider: 'postgresql' }),
    secret: authSecret(),
    baseURL: getEnv().BETTER_AUTH_URL,
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength, maxPasswordLength },
    user: { additionalFields: { role: { type: 'string', input: false, defaultValue: 'viewer' } } },
    session: { expiresIn: lifetimes.idleSeconds, updateAge: lifetimes.refreshSeconds },
    rateLimit: { enabled: false },
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

/**
 * The signed-in user for these request headers, or null. The role comes from the database.
 * For /api/v1 route handlers an `Authorization: Bearer cs_…` header is the credential instead of
 * the cookie (no fallback): a revoked, expired or unknown token throws UNAUTHENTICATED with the
 * reason. Pages and server actions ignore the header (acceptsBearer; proxy.ts also strips it).
 */
export async function getSessionUser(headers: Headers): Promise<SessionUser | null> {
  const bearer = bearerTokenOf(headers);
  if (bearer !== null && acceptsBearer(headers)) {
    const user = await authenticateApiToken(await getPrisma(), bearer);
    return { id: user.id, email: user.email, name: user.name, role: isRole(user.role) ? user.role : 'viewer' };
  }
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  // better-auth extends a session while it is used; the absolute lifetime is ours to enforce.
  if (Date.now() - new Date(session.session.createdAt).getTime() >= sessionLifetimes().maxAgeSeconds * 1000) {
    await (await auth.$context).internalAdapter.deleteSession(session.session.token);
    return null;
  }
  const { id, email, name } = session.user;
  const role = (session.user as { role?: unknown }).role;
  return { id, email, name, role: isRole(role) ? role : 'viewer' };
}
