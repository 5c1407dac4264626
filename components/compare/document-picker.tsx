import type { PickerDocument } from '@/lib/db/queries/document-list';
import { formatPublished } from '@/lib/documents/published-date';

type Props = { documents: PickerDocument[]; selected: string[]; q?: string; total: string };

// Two GET forms: the title search keeps the selection (hidden ids); checked documents become ?ids=a,b
// (the page normalizes repeated params).
export function DocumentPicker({ documents, selected, q, total }: Props) {
  return (
    <div className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="document-picker">
      <form method="get" action="/compare" role="search" className="flex flex-wrap items-center gap-2 text-sm">
        {selected.map((id) => <input key={id} type="hidden" name="ids" value={id} />)}
        <label className="flex items-center gap-2">
          Title contains <input type="search" name="q" defaultValue={q ?? ''} maxLength={200} className="rounded border border-stone-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded border border-stone-400 px-3 py-1">Search</button>
        <span className="text-stone-500" data-testid="picker-total">{total} {q ? 'matching' : 'documents'}</span>
      </form>
      <form method="get" action="/compare" className="space-y-3">
        {documents.length === 0 && <p className="text-sm text-stone-500">No document title matches.</p>}
        <ul className="space-y-1">
          {documents.map((d) => (
            <li key={d.id}>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="ids" value={d.id} defaultChecked={selected.includes(d.id)} className="mt-1" />
                <span>
                  <span className="font-medium">{d.title}</span> <span className="text-stone-500">({formatPublished(d.publishedAt, d.datePrecision)})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <button type="submit" className="rounded bg-indigo-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-indigo-800">Compare</button>
      </form>
    </div>
  );
}
