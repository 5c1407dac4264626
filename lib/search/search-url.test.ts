import { describe, expect, it } from 'vitest';
import { searchHref } from './search-url.ts';

describe('searchHref', () => {
  it('keeps the query, drops defaults and resets the page on a filter change', () => {
    const current = { q: 'Soldat & co', sort: 'relevance' as const, limit: 20, offset: 40, language: 'de' as const };
    expect(searchHref(current, { kind: 'quote' })).toBe('/search?q=Soldat+%26+co&language=de&kind=quote');
    expect(searchHref(current, { offset: 60 })).toBe('/search?q=Soldat+%26+co&language=de&offset=60');
    expect(searchHref(current, { language: undefined })).toBe('/search?q=Soldat+%26+co');
    expect(searchHref({})).toBe('/search');
  });
});
