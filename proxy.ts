import { NextResponse, type NextRequest } from 'next/server';
import { getEnv } from './lib/env.ts';
import { loginPath, requestPathHeader } from './lib/auth/access.ts';
import { checkAddress, checkServerActionOrigin, type Refusal } from './lib/security/request-guard.ts';
import { contentSecurityPolicy, createNonce, isHttpsRequest, strictTransportSecurity } from './lib/security/headers.ts';
import { areaOf, isApiPath, sessionCookieNames } from './lib/security/routes.ts';
import { bearerTokenOf, isApiV1Path } from './lib/auth/api-token.ts';

// Runs before every page, route handler and server action (Next 16's request interceptor):
// 1. refuses malformed addresses and cross-site server actions with 400 / 403 instead of a 500;
// 2. private by default: a visitor without a session cookie gets /login (pages) or 401 (API).
//    This is only the fast path; every page and handler looks the session up itself
//    (requireReader / readerFor in lib/actions/session.ts). "Reading" pages pass through,
//    because whether public reading is on is a database setting the page checks;
// 3. sets a per-request CSP nonce and HSTS over HTTPS (static headers: next.config.js);
// 4. API tokens: a request to /api/v1/** with `Authorization: Bearer …` passes without a cookie
//    (the route handler checks the token); every other request (pages, server actions, better-auth)
//    loses its Authorization header, so a token never signs in anything but the REST API.

// Refusal pages run no script at all.
const refusalCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

function refuse(request: NextRequest, r: Refusal): NextResponse {
  if (isApiPath(request.nextUrl.pathname) || request.headers.has('next-action')) {
    return NextResponse.json({ error: { code: r.code, message: r.message } }, { status: r.status, headers: { 'content-security-policy': refusalCsp } });
  }
  const title = r.status === 400 ? 'Bad request' : 'Forbidden';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Claimscope</title></head><body><h1>${title}</h1><p>${r.message}</p><p><a href="/">Back to Claimscope</a></p></body></html>`;
  return new NextResponse(html, { status: r.status, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': refusalCsp } });
}

function hasSessionCookie(request: NextRequest): boolean {
  return sessionCookieNames.some((name) => request.cookies.get(name)?.value);
}

/** A Bearer credential on a REST request (only there is it honoured). */
function carriesApiToken(request: NextRequest): boolean {
  return isApiV1Path(request.nextUrl.pathname) && !request.headers.has('next-action') && bearerTokenOf(request.headers) !== null;
}

function signInFirst(request: NextRequest, returnTo: string): NextResponse | null {
  const path = request.nextUrl.pathname;
  const area = areaOf(path);
  if (area === 'public' || hasSessionCookie(request) || carriesApiToken(request)) return null;
  if (area === 'reading' || request.headers.has('next-action')) return null; // checked by the page / the action
  if (isApiPath(path)) return NextResponse.json({ error: { code: 'UNAUTHENTICATED', message: 'Please sign in first.' } }, { status: 401 });
  return NextResponse.redirect(new URL(loginPath(returnTo), request.url));
}

function rawAddress(request: NextRequest): { path: string; query: string } {
  const url = request.url;
  const afterHost = url.slice(url.indexOf('/', url.indexOf('//') + 2));
  const q = afterHost.indexOf('?');
  return q < 0 ? { path: afterHost, query: '' } : { path: afterHost.slice(0, q), query: afterHost.slice(q) };
}

export function proxy(request: NextRequest) {
  const { path, query } = rawAddress(request);
  const refusal = checkAddress(path, query) ?? checkServerActionOrigin(request.method, request.headers);
  if (refusal) return refuse(request, refusal);

  const isHttps = isHttpsRequest(getEnv().BETTER_AUTH_URL, request.nextUrl.protocol);
  const csp = contentSecurityPolicy({ nonce: createNonce(), isDev: process.env.NODE_ENV === 'development', isHttps });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', csp);
  requestHeaders.set(requestPathHeader, path + query); // as typed: nextUrl re-encodes commas
  if (!carriesApiToken(request)) requestHeaders.delete('authorization');

  const response = signInFirst(request, path + query) ?? NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (isHttps) response.headers.set('Strict-Transport-Security', strictTransportSecurity);
  return response;
}

export const config = {
  // Static build output needs none of this; everything else (pages, API, actions) does.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
