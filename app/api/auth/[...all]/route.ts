import { getAuth } from '@/lib/auth/auth';
import { getPrisma } from '@/lib/db/client';
import { clientAddressOf, currentSignInRules } from '@/lib/auth/sign-in-limits';
import { throttleSignIn } from '@/lib/services/sign-in-throttle';

export const dynamic = 'force-dynamic';

// better-auth's REST routes. Every sign-in (POST …/sign-in/email and any other …/sign-in/*)
// passes the same limiter as the /login form first: 429 with Retry-After while throttled.

const maxBodyBytes = 16 * 1024;

function isSignIn(request: Request): boolean {
  return request.method === 'POST' && /\/api\/auth\/sign-in(\/|$)/i.test(new URL(request.url).pathname);
}

function errorJson(status: number, code: string, message: string, headers?: Record<string, string>) {
  // better-auth's clients read `message`; the house shape is `error`.
  return Response.json({ code, message, error: { code, message } }, { status, headers });
}

/** The e-mail the body signs in with, parsed the way better-auth parses it (JSON or form). */
function emailOf(contentType: string, body: string): string | null {
  try {
    const fields: unknown = contentType.includes('json') ? JSON.parse(body)
      : contentType.includes('x-www-form-urlencoded') ? Object.fromEntries(new URLSearchParams(body)) : null;
    const email = (fields as { email?: unknown } | null)?.email;
    return typeof email === 'string' && email.trim() ? email : null;
  } catch {
    return null;
  }
}

async function signInThroughLimiter(request: Request): Promise<Response> {
  const body = await request.text();
  if (body.length > maxBodyBytes) return errorJson(413, 'PAYLOAD_TOO_LARGE', 'The request is too large.');
  const email = emailOf(request.headers.get('content-type') ?? '', body);
  if (!email) return errorJson(400, 'BAD_INPUT', 'Enter your email address and password.');
  const auth = await getAuth();
  const outcome = await throttleSignIn(await getPrisma(), currentSignInRules(), { email, address: clientAddressOf(request.headers) }, async () => {
    const response = await auth.handler(new Request(request.url, { method: 'POST', headers: request.headers, body }));
    return { succeeded: response.ok, result: response };
  });
  if (!outcome.refused) return outcome.result;
  const seconds = Math.max(1, Math.ceil((outcome.refused.retryAt.getTime() - Date.now()) / 1000));
  return errorJson(429, 'TOO_MANY_REQUESTS', outcome.refused.message, { 'Retry-After': String(seconds) });
}

async function handle(request: Request) {
  if (isSignIn(request)) return signInThroughLimiter(request);
  return (await getAuth()).handler(request);
}

export { handle as GET, handle as POST };
