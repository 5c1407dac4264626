import { snippetPieces, type Snippet } from '@/lib/search/snippet';

/** The snippet as React text nodes with <mark> around matches: nothing is parsed as HTML. */
export function HighlightedSnippet({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippetPieces(snippet).map((p, i) =>
        p.marked ? <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-stone-900">{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}
