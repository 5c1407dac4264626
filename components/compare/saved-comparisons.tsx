import Link from 'next/link';

type Saved = { id: string; title: string; documentIds: string[]; curated: boolean };

export function SavedComparisons({ comparisons }: { comparisons: Saved[] }) {
  return (
    <section className="space-y-2" aria-labelledby="comparisons-heading">
      <div className="flex items-baseline justify-between">
        <h2 id="comparisons-heading" className="text-lg font-semibold">Comparisons</h2>
        <Link href="/compare" className="text-sm text-indigo-700 hover:underline">Compare any documents →</Link>
      </div>
      {comparisons.length > 0 && (
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="saved-comparisons">
          {comparisons.map((c) => (
            <li key={c.id}>
              <Link href={`/compare?ids=${c.documentIds.join(',')}`} className="block rounded-lg border border-indigo-200 bg-indigo-50 p-4 hover:bg-indigo-100">
                <span className="font-semibold text-indigo-900">{c.title}</span>
                <span className="mt-1 block text-xs text-indigo-700">{c.documentIds.length} documents side by side{c.curated ? ' · curated' : ''}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
