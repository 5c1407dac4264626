import { describe, expect, it } from 'vitest';
import { loginPath, mayRead, personLabel } from './access.ts';
import { areaOf } from '../security/routes.ts';

describe('mayRead', () => {
  it('lets signed-in users read everything and signed-out visitors nothing by default', () => {
    expect(mayRead({ role: 'viewer' }, 'private', false)).toBe(true);
    expect(mayRead(null, 'reading', false)).toBe(false);
    expect(mayRead(null, 'private', false)).toBe(false);
  });

  it('opens only the reading area to signed-out visitors under public reading', () => {
    expect(mayRead(null, 'reading', true)).toBe(true);
    expect(mayRead(null, 'private', true)).toBe(false);
  });
});

describe('areaOf', () => {
  it.each([
    ['/login', 'public'],
    ['/api/auth/sign-in/email', 'public'],
    ['/_next/static/chunks/a.js', 'public'],
    ['/', 'reading'],
    ['/documents/abc', 'reading'],
    ['/topics/abc', 'reading'],
    ['/compare', 'reading'],
    ['/api/v1/comparisons', 'reading'],
    ['/search', 'reading'],
    ['/api/v1/search', 'reading'],
    ['/searchx', 'private'],
    ['/review', 'private'],
    ['/claims/abc/history', 'private'],
    ['/admin/users', 'private'],
    ['/api/v1/claims/abc', 'reading'],
    ['/api/v1/documents', 'reading'],
    ['/api/v1/links/abc/', 'reading'],
    ['/api/v1/claims/abc/history', 'private'],
    ['/api/v1/exports/all', 'private'],
    ['/api/openapi.json', 'public'],
    ['/api/docs', 'public'],
    ['/api/v1/openapi.json', 'private'],
    ['/loginx', 'private'],
    ['/documentsx', 'private'],
  ])('%s is %s', (path, area) => {
    expect(areaOf(path)).toBe(area);
  });
});

describe('personLabel', () => {
  const person = { name: 'Demo Editor', email: 'editor@claimscope.local' };
  it('shows e-mail addresses to admins only', () => {
    expect(personLabel(person, { role: 'admin' })).toBe('editor@claimscope.local');
    for (const role of ['viewer', 'annotator', 'editor'] as const) expect(personLabel(person, { role })).toBe('Demo Editor');
    expect(personLabel(person, null)).toBe('Demo Editor');
    expect(personLabel({ name: ' ', email: 'x@y.z' }, null)).toBe('a user');
    expect(personLabel(null, { role: 'admin' })).toBeNull();
  });
});

describe('loginPath', () => {
  it('comes back to same-origin paths only', () => {
    expect(loginPath('/review?status=accepted')).toBe('/login?next=%2Freview%3Fstatus%3Daccepted');
    expect(loginPath('/')).toBe('/login');
    expect(loginPath('//evil.example/x')).toBe('/login');
    expect(loginPath('/\\evil.example/x')).toBe('/login');
    expect(loginPath('https://evil.example')).toBe('/login');
    expect(loginPath(null)).toBe('/login');
  });
});
