import { describe, expect, it } from 'vitest';
import { findForbiddenCharacter, idSchema, isWebUrl, safeText, sourceUrlSchema } from './safe-text.ts';
import { publishedSchema } from './document.ts';

describe('safeText', () => {
  const text = safeText({ min: 1, max: 10 });
  it.each(['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\u007F', '\u0080', '\u009F', '\uDC00'])('refuses %j', (ch) => {
    expect(text.safeParse(`a${ch}b`).success).toBe(false);
    expect(findForbiddenCharacter(`a${ch}b`)).toMatch(/at position 2/);
  });
  it('keeps tab, line breaks, emoji and non-Latin text', () => {
    expect(text.parse(' a\tb\r\nc ')).toBe('a\tb\r\nc');
    expect(text.parse('😀日本')).toBe('😀日本');
  });
  it('names the limit when too long or empty', () => {
    expect(text.safeParse('x'.repeat(11)).error?.issues[0].message).toBe('is too long (at most 10 characters)');
    expect(text.safeParse(' ').error?.issues[0].message).toBe('must not be empty');
  });
});

describe('idSchema, URLs and dates', () => {
  it('accepts cuids, UUIDs and slugs only', () => {
    for (const id of ['cmx5sgqr60000757dkw3gttgl', '0b8f5a52-4c1e-4d0e-9b7a-6a1d2b3c4d5e', 'nato-presence']) expect(idSchema.parse(id)).toBe(id);
    for (const id of ['', 'a b', 'x\u0000', '../x', 'a'.repeat(65)]) expect(idSchema.safeParse(id).success).toBe(false);
  });
  it('accepts only http(s) URLs with a host', () => {
    expect(isWebUrl('https://example.org/a?b=c')).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org', '/relative', 'https://']) expect(sourceUrlSchema.safeParse(url).success).toBe(false);
  });
  it('bounds publication dates to 1800 – next year', () => {
    const next = new Date().getUTCFullYear() + 1;
    expect(publishedSchema.safeParse('1800-01-01').success).toBe(true);
    expect(publishedSchema.safeParse(`${next}-12-31`).success).toBe(true);
    expect(publishedSchema.safeParse('9999-12-31').error?.issues[0].message).toBe(`date 9999-12-31 is out of range (1800 – ${next})`);
    expect(publishedSchema.safeParse('0100-01-01').error?.issues[0].message).toBe(`date 0100-01-01 is out of range (1800 – ${next})`);
  });
});
