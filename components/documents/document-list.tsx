import Link from 'next/link';
import type { DocumentListItem } from '@/lib/db/queries/document-list';
import { PublishedLabel } from './published-label';
import { AutoRefresh } from './auto-refresh';

/** One page of the list; `filtered` tells an empty filter result from an empty archive. */
export function DocumentList({ documents, filtered = false }: { documents: DocumentListItem[]; filtered?: boolean }) {
  if (documents.length === 0 && filtered) return <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">No document title matches.</p>;
  if (documents.length === 0) {
    return (
      <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
        No documents yet. Import some with <code className="font-mono">npx claimscope import FILE…</code>
      </p>
    );
  }
  // While a listed document is still being extracted the list refreshes itself, like the document page.
  const extracting = documents.some((d) => d.extractionStatus === 'queued' || d.extractionStatus === 'running');
  return (
    <>
      {extracting && <AutoRefresh />}
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="document-list">
        {documents.map((d) => (
          <li key={d.id} className="p-4 hover:bg-stone-50">
            <Link href={`/documents/${d.id}`} className="block">
              <h2 className="font-serif text-lg font-semibold leading-snug text-stone-900">{d.title}</h2>
              <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-600">
                <PublishedLabel date={d.publishedAt} precision={d.datePrecision} />
                {d.outlet && <span>{d.outlet}</span>}
                {d.authors.length > 0 && <span>by {d.authors.join(', ')}</span>}
                <span className="uppercase">{d.language}</span>
                <span>{d.kind}</span>
                {d.extractionStatus === 'done' ? (
                  <span data-testid="claim-count">
                    {d.claimCount} {d.claimCount === 1 ? 'claim' : 'claims'}
                  </span>
                ) : (
                  <span data-testid="extraction-state" className={d.extractionStatus === 'failed' ? 'text-red-700' : 'text-amber-700'}>
                    {d.extractionStatus === 'failed' ? 'extraction failed' : 'extracting…'}
                  </span>
                )}
              </p>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
