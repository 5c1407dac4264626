import type { SearchInput } from '@/lib/schemas/search';

export type SearchOptions = { sources: string[]; topics: { id: string; label: string }[] };

const field = 'mt-1 block w-full rounded border border-stone-300 px-2 py-1 text-sm';

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: [string, string][] }) {
  return (
    <label className="text-xs text-stone-600">
      {label}
      <select name={name} defaultValue={value ?? ''} className={field}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </label>
  );
}

function Input({ name, label, value, placeholder }: { name: string; label: string; value?: string; placeholder?: string }) {
  return (
    <label className="text-xs text-stone-600">
      {label}
      <input name={name} defaultValue={value ?? ''} placeholder={placeholder} className={field} />
    </label>
  );
}

const any = (label: string): [string, string] => ['', label];
const same = (values: string[]): [string, string][] => values.map((v) => [v, v]);

/** A GET form: the whole search lives in the URL, so results can be bookmarked and shared. */
export function SearchForm({ query, options }: { query: Partial<SearchInput>; options: SearchOptions }) {
  return (
    <form method="get" action="/search" role="search" className="space-y-3 rounded border border-stone-200 bg-white p-3">
      <div className="flex gap-2">
        <label className="sr-only" htmlFor="search-q">Search claims and documents</label>
        <input id="search-q" name="q" type="search" defaultValue={query.q ?? ''} placeholder="Words, “a phrase”, a name …" className="min-w-0 flex-1 rounded border border-stone-300 px-3 py-1.5" />
        <button type="submit" className="rounded bg-stone-800 px-4 py-1.5 text-sm text-white">Search</button>
      </div>
      <details open={Object.keys(query).some((k) => !['q', 'sort', 'limit', 'offset'].includes(k) && query[k as keyof SearchInput] !== undefined)}>
        <summary className="cursor-pointer text-sm text-stone-600">Filters</summary>
        <div className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Select name="type" label="Type" value={query.type} options={[any('Claims and documents'), ['claim', 'Claims'], ['document', 'Documents']]} />
          <Select name="language" label="Language" value={query.language} options={[any('Any language'), ['de', 'German'], ['en', 'English']]} />
          <Select name="source" label="Source" value={query.source} options={[any('Any source'), ...same(options.sources)]} />
          <Input name="author" label="Author" value={query.author} />
          <Input name="from" label="Published from" value={query.from} placeholder="YYYY-MM-DD" />
          <Input name="to" label="Published to" value={query.to} placeholder="YYYY-MM-DD" />
          <Select name="kind" label="Claim kind" value={query.kind} options={[any('Any kind'), ...same(['quote', 'reported', 'factual', 'evaluative', 'prediction'])]} />
          <Input name="speaker" label="Speaker" value={query.speaker} />
          <Select name="stance" label="Stance" value={query.stance} options={[any('Any stance'), ...same(['supports', 'opposes', 'neutral', 'mixed'])]} />
          <Select name="topic" label="Topic" value={query.topic} options={[any('Any topic'), ...options.topics.map((t): [string, string] => [t.id, t.label.slice(0, 60)])]} />
          <Select name="status" label="Claim status" value={query.status} options={[any('Any status'), ...same(['suggested', 'accepted', 'rejected', 'disputed'])]} />
          <Select name="sort" label="Sort by" value={query.sort} options={[['relevance', 'Relevance'], ['date', 'Date (newest first)']]} />
        </div>
      </details>
    </form>
  );
}
