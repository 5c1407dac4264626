import type { ComparisonFilters } from '@/lib/db/queries/comparison-view';
import { relations, stances } from './badges';

// A plain GET form: the filters live in the URL, so a filtered comparison is shareable.
export function CompareFilters({ ids, filters }: { ids: string[]; filters: ComparisonFilters }) {
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-3 text-sm" aria-label="Filter rows">
      <input type="hidden" name="ids" value={ids.join(',')} />
      <label className="flex flex-col">
        <span className="text-xs text-stone-600">Relation</span>
        <select name="relation" defaultValue={filters.relation ?? ''} className="rounded border border-stone-300 bg-white px-2 py-1">
          <option value="">all</option>
          {relations.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
      </label>
      <label className="flex flex-col">
        <span className="text-xs text-stone-600">Stance</span>
        <select name="stance" defaultValue={filters.stance ?? ''} className="rounded border border-stone-300 bg-white px-2 py-1">
          <option value="">all</option>
          {stances.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-white">Filter</button>
    </form>
  );
}
