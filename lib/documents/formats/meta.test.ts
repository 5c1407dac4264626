import { describe, expect, it } from 'vitest';
import { cleanAuthors, cleanMetaText, cleanUrl, languageOf, normalizePublished } from './meta.ts';

const now = new Date('2026-06-01T00:00:00Z');

describe('normalizePublished', () => {
  it.each([
    ['2024-05-31T08:15:00+02:00', '2024-05-31'],
    ['2024-05-31', '2024-05-31'],
    ['2019-07', '2019-07'],
    ['2019', '2019'],
    ['D:20230506100000Z', '2023-05-06'],
    ["D:20230506100000+02'00'", '2023-05-06'],
    ['D:2023', '2023'],
    ['20230506', '2023-05-06'],
    ['Tue, 03 Dec 2024 10:00:00 GMT', '2024-12-03'],
    ['2027-01-01', '2027-01-01'],
  ])('%s → %s', (input, out) => expect(normalizePublished(input, now)).toBe(out));

  it.each(['1799-12-31', '2028-01-01', '2024-13-01', '2024-02-30', 'gestern', '', '12345', '20235', '2024-05-31x'])('drops %s', (input) => {
    expect(normalizePublished(input, now)).toBeUndefined();
  });
});

describe('metadata clean-up', () => {
  it('strips control characters, collapses whitespace and shortens long values', () => {
    expect(cleanMetaText(' Ein\u0000 Titel\n\tmit\u200B Lücken ', 100)).toBe('Ein Titel mit Lücken');
    expect(cleanMetaText('wort '.repeat(100), 50)!.length).toBeLessThanOrEqual(51);
    expect(cleanMetaText('  ---  ', 50)).toBeUndefined();
    expect(cleanMetaText('Halb\uD800 Paar \uD83D\uDE00', 50)).toBe('Halb Paar \uD83D\uDE00');
  });

  it('dedupes authors and keeps only http(s) URLs', () => {
    expect(cleanAuthors(['Anna', ' anna ', 'Ben', 42, ''])).toEqual(['Anna', 'Ben']);
    expect(cleanUrl('javascript:alert(1)')).toBeUndefined();
    expect(cleanUrl('/a', 'https://x.example/b')).toBe('https://x.example/a');
  });

  it('knows German and English by the tag prefix only', () => {
    expect([languageOf('de-DE'), languageOf('en_GB'), languageOf('EN'), languageOf('fr'), languageOf('deu'), languageOf(undefined)]).toEqual(['de', 'en', 'en', undefined, undefined, undefined]);
  });
});
