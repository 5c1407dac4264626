import { filterKeys, SEARCH_DEFAULT_LIMIT, type SearchInput } from '../schemas/search.ts';

// Links between search pages: the current query with some fields changed (a facet, a page).
// Defaults are left out so that URLs stay short and shareable.

export type SearchChange = Partial<Record<keyof SearchInput, string | number | undefined>>;

export function searchHref(current: Partial<SearchInput>, change: SearchChange = {}): string {
  const merged: Record<string, unknown> = { ...current, offset: undefined, ...change };
  const params = new URLSearchParams();
  for (const key of ['q', ...filterKeys, 'sort', 'limit', 'offset']) {
    const value = merged[key];
    if (value === undefined || value === null || value === '') continue;
    if (key === 'sort' && value === 'relevance') continue;
    if (key === 'limit' && Number(value) === SEARCH_DEFAULT_LIMIT) continue;
    if (key === 'offset' && Number(value) === 0) continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `/search?${qs}` : '/search';
}
