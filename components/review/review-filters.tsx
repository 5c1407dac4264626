import type { ReviewFilter } from '@/lib/db/queries/review';

type Options = { documents: { id: string; title: string }[]; topics: { id: string; label: string }[]; users: { id: string; label: string }[] };

const select = 'mt-1 block w-full rounded border border-stone-300 px-2 py-1 text-sm sm:w-44';

/**
 * Filters live in the URL (GET form), so a filtered queue can be bookmarked and shared. Document
 * and topic are typed ids with a bounded list of suggestions (a corpus has too many to list).
 */
export function ReviewFilters({ filter, options }: { filter: ReviewFilter; options: Options }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-stone-200 bg-white p-3" aria-label="Filter the queue">
      <label className="text-xs text-stone-600">
        Status
        <select name="status" defaultValue={filter.status} className={select}>
          {['suggested', 'disputed', 'accepted', 'rejected'].map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <label className="text-xs text-stone-600">
        Document (id)
        <input name="document" list="review-documents" defaultValue={filter.document ?? ''} placeholder="All documents" className={select} />
        <datalist id="review-documents">
          {options.documents.map((d) => <option key={d.id} value={d.id}>{d.title.slice(0, 60)}</option>)}
        </datalist>
      </label>
      <label className="text-xs text-stone-600">
        Topic (id)
        <input name="topic" list="review-topics" defaultValue={filter.topic ?? ''} placeholder="All topics" className={select} />
        <datalist id="review-topics">
          {options.topics.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
        </datalist>
      </label>
      <label className="text-xs text-stone-600">
        Kind
        <select name="kind" defaultValue={filter.kind ?? ''} className={select}>
          <option value="">All kinds</option>
          {['quote', 'reported', 'factual', 'evaluative', 'prediction'].map((k) => <option key={k} value={k}>{k}</option>)}
        </select>
      </label>
      <label className="text-xs text-stone-600">
        Assignee
        <select name="assignee" defaultValue={filter.assignee ?? ''} className={select}>
          <option value="">Anyone</option>
          <option value="none">Unassigned</option>
          {options.users.map((u) => <option key={u.id} value={u.id}>{u.label}</option>)}
        </select>
      </label>
      <label className="text-xs text-stone-600">
        Origin
        <select name="origin" defaultValue={filter.origin ?? ''} className={select}>
          <option value="">Any origin</option>
          <option value="human">Added by people</option>
          <option value="auto">Extracted</option>
        </select>
      </label>
      <button type="submit" className="rounded bg-stone-800 px-3 py-1.5 text-sm text-white">Filter</button>
    </form>
  );
}
