import Link from 'next/link';
import type { SearchInput } from '@/lib/schemas/search';
import type { SearchResultItem } from '@/lib/search/result';
import { searchHref } from '@/lib/search/search-url';
import { HighlightedSnippet } from './highlighted-snippet';

export type SearchResultView = Omit<SearchResultItem, 'documentId' | 'text' | 'score'>;

function Result({ r }: { r: SearchResultView }) {
  const meta = [r.source, r.published ?? 'undated', r.language === 'de' ? 'German' : r.language === 'en' ? 'English' : r.language].filter(Boolean).join(' · ');
  return (
    <li className="rounded border border-stone-200 bg-white p-3" data-result-type={r.type} data-result-id={r.id}>
      <div className="flex flex-wrap items-baseline gap-2 text-xs text-stone-500">
        <span className="rounded bg-stone-100 px-1.5 py-0.5 font-medium uppercase tracking-wide text-stone-700">{r.type === 'claim' ? (r.kind ?? 'claim') : 'document'}</span>
        {r.status && <span>{r.status}</span>}
        <span>{meta}</span>
      </div>
      <Link href={r.href} className="mt-1 block font-medium text-indigo-700 hover:underline">
        {r.type === 'claim' ? (r.speaker ? `${r.speaker} — ${r.title}` : r.title) : r.title}
      </Link>
      <p className="mt-1 break-words font-serif text-stone-800">
        <HighlightedSnippet snippet={r} />
      </p>
    </li>
  );
}

/** `capped`: there are more than `total` hits (only the first candidates were counted). */
export function SearchResults({ query, total, capped = false, results }: { query: SearchInput; total: number; capped?: boolean; results: SearchResultView[] }) {
  const { offset, limit } = query;
  if (total === 0) return <p className="text-stone-600">No matches. Try fewer words, another spelling or fewer filters.</p>;
  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-600" aria-live="polite">
        {total.toLocaleString('en')}{capped ? '+' : ''} {total === 1 && !capped ? 'match' : 'matches'}{total > results.length ? `, showing ${offset + 1}–${offset + results.length}` : ''}
      </p>
      <ol className="space-y-2">{results.map((r) => <Result key={`${r.type}:${r.id}`} r={r} />)}</ol>
      <nav aria-label="Pages" className="flex justify-between text-sm">
        {offset > 0 ? <Link href={searchHref(query, { offset: Math.max(0, offset - limit) })} className="text-indigo-700 hover:underline">← Previous</Link> : <span />}
        {offset + results.length < total ? <Link href={searchHref(query, { offset: offset + limit })} className="text-indigo-700 hover:underline">Next →</Link> : <span />}
      </nav>
    </div>
  );
}
