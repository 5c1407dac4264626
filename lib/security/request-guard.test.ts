import { describe, expect, it } from 'vitest';
import { checkAddress, checkServerActionOrigin } from './request-guard.ts';

describe('checkAddress', () => {
  it.each([
    ['/documents/%E0%A4%A', '', 'broken percent-escape'],
    ['/documents/%', '', 'broken percent-escape'],
    ['/compare', '?ids=%E0%A4%A,b', 'broken percent-escape'],
    ['/documents/a%00b', '', 'control character'],
    ['/claims/%00/history', '', 'control character'],
    ['/compare', '?ids=a%00,b', 'control character'],
    ['/review', '?status%00=x', 'control character'],
    ['/review', '?document=a%0Ab', 'control character'],
    ['/review', '?document=a%7F', 'control character'],
  ])('refuses %s%s with 400 (%s)', (path, query, what) => {
    const r = checkAddress(path, query);
    expect(r).toMatchObject({ status: 400, code: 'BAD_INPUT' });
    expect(r?.message).toContain(what);
  });

  it.each([
    ['/', ''],
    ['/documents/cmx5s77da00002p7dj16dlaza', ''],
    ['/documents/%27%20OR%201%3D1--', ''],
    ['/compare', '?ids=a,b&relation=agree'],
    ['/review', '?q=Gr%C3%BC%C3%9Fe+und+%E2%82%AC'],
    ['/login', '?next=%2Freview%3Fstatus%3Daccepted'],
  ])('lets %s%s through', (path, query) => {
    expect(checkAddress(path, query)).toBeNull();
  });
});

describe('checkServerActionOrigin', () => {
  const action = (headers: Record<string, string>) => new Headers({ 'next-action': 'abc123', host: 'claims.example.org', ...headers });

  it('refuses a server action posted from another site with 403', () => {
    expect(checkServerActionOrigin('POST', action({ origin: 'https://evil.example' }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(checkServerActionOrigin('POST', action({ origin: 'null' }))).toMatchObject({ status: 403 });
    expect(checkServerActionOrigin('POST', action({ origin: 'https://claims.example.org.evil.example' }))).toMatchObject({ status: 403 });
  });

  it('lets same-origin actions, plain posts and reads through', () => {
    expect(checkServerActionOrigin('POST', action({ origin: 'https://claims.example.org' }))).toBeNull();
    expect(checkServerActionOrigin('POST', action({}))).toBeNull();
    expect(checkServerActionOrigin('POST', new Headers({ host: 'claims.example.org', origin: 'https://evil.example' }))).toBeNull();
    expect(checkServerActionOrigin('GET', action({ origin: 'https://evil.example' }))).toBeNull();
  });
});
