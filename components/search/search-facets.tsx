import Link from 'next/link';
import type { FacetCounts, FacetName } from '@/lib/db/queries/search';
import type { SearchInput } from '@/lib/schemas/search';
import { searchHref } from '@/lib/search/search-url';

const titles: Record<FacetName, string> = { type: 'Type', kind: 'Claim kind', language: 'Language', source: 'Source', stance: 'Stance', status: 'Status' };
const order: FacetName[] = ['type', 'language', 'source', 'kind', 'stance', 'status'];

/**
 * Facet counts as links. Each group counts the hits under the query and every other filter, so
 * choosing a value shows what the result will hold, and the other values stay visible.
 */
export function SearchFacets({ query, facets }: { query: Partial<SearchInput>; facets: FacetCounts }) {
  return (
    <nav aria-label="Refine the results" className="space-y-4 text-sm">
      {order.filter((name) => Object.keys(facets[name]).length > 0).map((name) => {
        const current = query[name];
        return (
          <section key={name} aria-label={titles[name]}>
            <h2 className="text-xs font-semibold uppercase tracking-wide text-stone-500">{titles[name]}</h2>
            <ul className="mt-1 space-y-0.5">
              {Object.entries(facets[name]).map(([value, count]) => (
                <li key={value}>
                  {current === value ? (
                    <span className="font-semibold text-stone-900" aria-current="true">{value} <span className="text-stone-500">({count})</span></span>
                  ) : (
                    <Link href={searchHref(query, { [name]: value })} className="text-indigo-700 hover:underline">
                      {value} <span className="text-stone-500">({count})</span>
                    </Link>
                  )}
                </li>
              ))}
              {current !== undefined && (
                <li>
                  <Link href={searchHref(query, { [name]: undefined })} className="text-xs text-stone-500 hover:underline">Any {titles[name].toLowerCase()}</Link>
                </li>
              )}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}
