import Link from 'next/link';
import type { ComparisonView } from '@/lib/db/queries/comparison-view';
import { formatPublished } from '@/lib/documents/published-date';
import { RelationBadge } from './badges';
import { ComparedClaimCard } from './compared-claim';
import { NumberChangeLine } from './number-change';

// One row per topic, one column per document (ordered by date), relation badges between neighbours.
export function CompareTable({ view, canReview }: { view: ComparisonView; canReview: boolean }) {
  const cols = view.documents.length;
  const grid = { gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))` };
  return (
    <div className="space-y-6" data-testid="compare-table">
      <div className="sticky top-0 z-10 hidden gap-4 border-b border-stone-300 bg-stone-50/95 py-2 md:grid print:static print:grid" style={grid}>
        {view.documents.map((d) => (
          <div key={d.id}>
            <p className="text-xs font-semibold uppercase tracking-wide text-indigo-700" data-testid="compare-doc-date">{formatPublished(d.publishedAt, d.datePrecision)}</p>
            <Link href={`/documents/${d.id}`} className="font-serif font-semibold leading-tight hover:underline">{d.title}</Link>
          </div>
        ))}
      </div>
      {view.rows.map((row) => (
        <section key={row.topic.id ?? row.topic.label} className="break-inside-avoid space-y-3 rounded-lg border border-stone-200 bg-stone-100/60 p-4" data-testid="compare-row">
          <header className="flex flex-wrap items-center gap-2">
            <h2 className="text-lg font-semibold">
              {row.topic.id ? <Link href={`/topics/${row.topic.id}`} className="hover:underline">{row.topic.label}</Link> : row.topic.label}
            </h2>
            {row.relations.map((rel, i) => (
              <span key={i} className="inline-flex items-center gap-1 text-xs text-stone-500">
                {cols > 2 && <span>{i + 1}→{i + 2}</span>}
                <RelationBadge relation={rel} />
              </span>
            ))}
          </header>
          {row.changes.map((c, i) => c && <NumberChangeLine key={i} change={c} />)}
          <div className="grid gap-4 md:grid-cols-[repeat(var(--cols),minmax(0,1fr))] print:grid-cols-[repeat(var(--cols),minmax(0,1fr))]" style={{ '--cols': cols } as React.CSSProperties}>
            {row.cells.map((cell, i) => (
              <div key={view.documents[i].id} className="space-y-2" data-testid="compare-cell">
                <p className="text-xs font-semibold text-stone-500 md:hidden">{formatPublished(view.documents[i].publishedAt, view.documents[i].datePrecision)} · {view.documents[i].title}</p>
                {cell.length === 0 ? (
                  <p className="text-sm italic text-stone-400">No claim on this topic.</p>
                ) : (
                  <ul className="space-y-2">{cell.map((c) => <ComparedClaimCard key={c.id} claim={c} canReview={canReview} />)}</ul>
                )}
              </div>
            ))}
          </div>
          <p className="text-xs text-stone-600" data-testid="row-explanation">{row.explanations.filter(Boolean).join(' · ')}</p>
        </section>
      ))}
    </div>
  );
}
