import type { Metadata } from 'next';
import { getPrisma } from '@/lib/db/client';
import { listSearchOptions } from '@/lib/db/queries/search-options';
import { requireReader } from '@/lib/actions/session';
import { isAppError } from '@/lib/errors';
import { searchParamsInput } from '@/lib/schemas/search';
import { searchClaimsAndDocuments, type SearchOutcome } from '@/lib/services/search';
import { SearchForm } from '@/components/search/search-form';
import { SearchFacets } from '@/components/search/search-facets';
import { SearchResults } from '@/components/search/search-results';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Search' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  await requireReader('reading');
  const raw = searchParamsInput(await searchParams);
  const db = await getPrisma();
  const options = await listSearchOptions(db);
  let outcome: SearchOutcome | null = null;
  let problem: string | null = null;
  if (Object.values(raw).some((v) => v !== undefined && String(v).trim() !== '')) {
    try {
      outcome = await searchClaimsAndDocuments(db, raw);
    } catch (e) {
      if (!isAppError(e) || e.code !== 'BAD_INPUT') throw e;
      problem = e.userMessage;
    }
  }
  // The form shows what was typed, also when it was refused.
  const shown = outcome?.query ?? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Search</h1>
      <SearchForm query={shown} options={options} />
      {problem && <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-800">{problem}</p>}
      {outcome && (
        <div className="grid gap-6 md:grid-cols-[12rem_1fr]">
          <SearchFacets query={outcome.query} facets={outcome.facets} />
          <SearchResults query={outcome.query} total={outcome.total} capped={outcome.totalCapped === true} results={outcome.results} />
        </div>
      )}
      {!outcome && !problem && <p className="text-sm text-stone-600">Search claims and documents in German and English: word forms match (Soldat finds Soldaten), and names match despite a wrong letter.</p>}
    </div>
  );
}
