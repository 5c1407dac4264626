import { describe, expect, it } from 'vitest';
import { acceptsBearer, bearerTokenOf, displayPrefix, generateApiToken, hashApiToken, isApiTokenFormat, isApiV1Path } from './api-token.ts';

describe('API token helpers', () => {
  it('makes cs_ secrets of 32 random bytes, hashed with SHA-256, with a short prefix', () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a.secret).toMatch(/^cs_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.secret.slice(3), 'base64url')).toHaveLength(32);
    expect(a.secret).not.toBe(b.secret);
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).toBe(hashApiToken(a.secret));
    expect(a.tokenHash).not.toContain(a.secret.slice(3, 13));
    expect(a.prefix).toBe(a.secret.slice(0, 10));
    expect(displayPrefix(a.prefix)).toBe(`${a.prefix}…`);
  });

  it('hashes like sha256sum', () => {
    expect(hashApiToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('recognises the format only', () => {
    expect(isApiTokenFormat(generateApiToken().secret)).toBe(true);
    expect(isApiTokenFormat('cs_short')).toBe(false);
    expect(isApiTokenFormat(`xx_${'a'.repeat(43)}`)).toBe(false);
    expect(isApiTokenFormat(`cs_${'a'.repeat(42)}=`)).toBe(false);
  });

  it('reads the Bearer credential and nothing else', () => {
    expect(bearerTokenOf(new Headers({ authorization: 'Bearer cs_abc' }))).toBe('cs_abc');
    expect(bearerTokenOf(new Headers({ authorization: 'bearer   cs_abc ' }))).toBe('cs_abc');
    expect(bearerTokenOf(new Headers({ authorization: 'Basic dXNlcjpwYXNz' }))).toBeNull();
    expect(bearerTokenOf(new Headers({ authorization: 'Bearer' }))).toBeNull();
    expect(bearerTokenOf(new Headers({ authorization: 'Bearer a b' }))).toBeNull();
    expect(bearerTokenOf(new Headers())).toBeNull();
  });

  it('accepts a Bearer token for /api/v1 route handlers only, never for pages or server actions', () => {
    expect(isApiV1Path('/api/v1/search')).toBe(true);
    expect(isApiV1Path('/api/v1')).toBe(true);
    expect(isApiV1Path('/api/v10')).toBe(false);
    expect(isApiV1Path('/api/auth/get-session')).toBe(false);
    expect(acceptsBearer(new Headers({ 'x-claimscope-path': '/api/v1/claims/x?version=1' }))).toBe(true);
    expect(acceptsBearer(new Headers())).toBe(true); // a route handler called without the proxy (tests)
    expect(acceptsBearer(new Headers({ 'x-claimscope-path': '/documents/x' }))).toBe(false);
    expect(acceptsBearer(new Headers({ 'x-claimscope-path': '/api/auth/get-session' }))).toBe(false);
    expect(acceptsBearer(new Headers({ 'next-action': 'abc' }))).toBe(false);
    expect(acceptsBearer(new Headers({ 'next-action': 'abc', 'x-claimscope-path': '/api/v1/search' }))).toBe(false);
  });
});
