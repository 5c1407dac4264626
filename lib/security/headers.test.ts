import { describe, expect, it } from 'vitest';
import type { NextConfig } from 'next';
import { contentSecurityPolicy, createNonce, isHttpsRequest, staticSecurityHeaders, usesSecureCookies } from './headers.ts';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('allows scripts only with the nonce, never inline, and forbids framing and plugins', () => {
    const csp = directives(contentSecurityPolicy({ nonce: 'abc', isDev: false, isHttps: false }));
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
  });

  it("adds 'unsafe-eval' only in development and upgrades requests only over HTTPS", () => {
    expect(directives(contentSecurityPolicy({ nonce: 'n', isDev: true, isHttps: false })).get('script-src')).toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy({ nonce: 'n', isDev: false, isHttps: true })).has('upgrade-insecure-requests')).toBe(true);
  });

  it('makes a fresh nonce every time', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('static headers and HTTPS', () => {
  it('next.config.js sends the same static headers on every path', async () => {
    const configPath = '../../next.config.js'; // plain JS, untyped: typed here
    const { default: nextConfig } = (await import(configPath)) as { default: NextConfig };
    const rules = await nextConfig.headers!();
    expect(rules).toEqual([{ source: '/:path*', headers: staticSecurityHeaders }]);
  });

  it('treats the deployment as HTTPS from BETTER_AUTH_URL or the request, and sets Secure cookies from BETTER_AUTH_URL', () => {
    expect(isHttpsRequest('https://claims.example.org', 'http:')).toBe(true);
    expect(isHttpsRequest(undefined, 'https:')).toBe(true);
    expect(isHttpsRequest('http://localhost:3000', 'http:')).toBe(false);
    expect(usesSecureCookies('https://claims.example.org')).toBe(true);
    expect(usesSecureCookies('http://localhost:3000')).toBe(false);
    expect(usesSecureCookies(undefined)).toBe(false);
  });
});
