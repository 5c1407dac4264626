import type { Highlight } from './snippet.ts';

// One search hit as the search service returns it and the results list shows it (a type only,
// so UI components can use it without importing the service).

export type SearchResultItem = {
  type: 'claim' | 'document';
  id: string;
  documentId: string;
  /** The claim's text, or the document's title. */
  text: string;
  /** Plain text; `highlights` are [start, end) UTF-16 offsets of the matches in it. */
  snippet: string;
  score: number;
  highlights: Highlight[];
  title: string;
  speaker: string | null;
  kind: string | null;
  status: string | null;
  language: string;
  source: string | null;
  published: string | null;
  /** Where the reader shows the hit: the document, at the claim's anchor for claims. */
  href: string;
};
