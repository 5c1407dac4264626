import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path.ts';

describe('safeNextPath', () => {
  it.each([
    '/',
    '/review',
    '/documents/abc#claim-1',
    '/compare?ids=a,b&relation=agree',
    '/admin/users',
    '/search?q=50%25',
  ])('keeps the same-site path %s', (path) => {
    expect(safeNextPath(path)).toBe(path);
  });

  it.each([
    ['the issue\'s encoded backslash', '/%5Cevil.example/x'],
    ['a lower-case encoded backslash', '/%5cevil.example/x'],
    ['a raw backslash', '/\\evil.example/x'],
    ['a protocol-relative URL', '//evil.example/x'],
    ['three slashes', '///evil.example'],
    ['an absolute URL', 'https://evil.example/'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'review'],
    ['a tab that browsers strip', '/\t/evil.example'],
    ['a newline', '/\n/evil.example'],
    ['an encoded tab', '/%09/evil.example'],
    ['an encoded slash', '/%2F/evil.example'],
    ['a NUL byte', '/review\u0000'],
    ['an empty value', ''],
    ['a very long value', `/${'a'.repeat(3000)}`],
  ])('sends %s to /', (_label, path) => {
    expect(safeNextPath(path)).toBe('/');
  });

  it('sends a missing or non-string value to /', () => {
    expect(safeNextPath(undefined)).toBe('/');
    expect(safeNextPath(['/review'])).toBe('/');
  });
});
