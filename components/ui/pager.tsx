import Link from 'next/link';

/** Previous / next links of a keyset-paged list; the hrefs keep the filters. */
export function Pager({ label, previous, next }: { label: string; previous: string | null; next: string | null }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={label} className="flex gap-4 text-sm">
      {previous ? <Link href={previous} rel="prev" className="text-indigo-700 hover:underline">← Previous</Link> : <span className="text-stone-400">← Previous</span>}
      {next ? <Link href={next} rel="next" className="text-indigo-700 hover:underline">Next →</Link> : <span className="text-stone-400">Next →</span>}
    </nav>
  );
}
