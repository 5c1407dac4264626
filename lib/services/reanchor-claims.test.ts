import { describe, expect, it } from 'vitest';
import { reanchorClaim } from './reanchor-claims.ts';

function claimAt(text: string, start: number, end: number) {
  return { id: 'c', text: text.slice(start, end), start, end, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) };
}

describe('reanchorClaim', () => {
  const old = 'Intro. The cost is 40 million. Middle part. The cost is 40 million. End.';

  it('follows the quote when text is inserted before it', () => {
    const c = claimAt(old, 7, 30);
    const next = `A new first sentence. ${old}`;
    expect(reanchorClaim(c, next)).toMatchObject({ found: true, start: 29, end: 52, moved: true });
  });

  it('picks the repeated quote whose context still matches, not merely the nearest', () => {
    const second = old.lastIndexOf('The cost');
    const c = claimAt(old, second, second + 23);
    const next = old.replace('Intro. ', 'Intro with a much longer opening that shifts everything by a lot. ');
    const found = reanchorClaim(c, next);
    expect(found).toMatchObject({ found: true });
    expect(found.found && next.slice(found.start - 13, found.start)).toBe('Middle part. ');
  });

  it('prefers the nearest occurrence when the contexts tie', () => {
    const text = 'x yes x yes x';
    const c = { id: 'c', text: 'yes', start: 8, end: 11, prefix: '', suffix: '' };
    expect(reanchorClaim(c, text)).toMatchObject({ found: true, start: 8 });
  });

  it('reports an orphan when the quote is gone', () => {
    expect(reanchorClaim(claimAt(old, 7, 30), old.replaceAll('40 million', '45 million'))).toEqual({ id: 'c', found: false });
  });
});
