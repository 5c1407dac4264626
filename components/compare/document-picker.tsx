import type { DocumentListItem } from '@/lib/db/queries/documents';
import { formatPublished } from '@/lib/documents/published-date';

// GET form: checked documents become ?ids=a,b (the page normalizes repeated params).
export function DocumentPicker({ documents, selected }: { documents: DocumentListItem[]; selected: string[] }) {
  return (
    <form method="get" action="/compare" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="document-picker">
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
  );
}
