// GET form: the title filter becomes ?q= and starts again from the first page.
export function DocumentFilter({ q }: { q?: string }) {
  return (
    <form method="get" action="/" role="search" className="flex flex-wrap items-center gap-2 text-sm">
      <label className="flex items-center gap-2">
        Title contains <input type="search" name="q" defaultValue={q ?? ''} maxLength={200} className="rounded border border-stone-300 px-2 py-1" />
      </label>
      <button type="submit" className="rounded border border-stone-400 px-3 py-1">Filter</button>
    </form>
  );
}
