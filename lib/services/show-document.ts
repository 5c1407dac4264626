import type { Db } from '../db/client.ts';
import { isoPublished } from '../documents/published-date.ts';
import { AppError } from '../errors.ts';
import { isId } from '../schemas/safe-text.ts';

// One stored document as `claimscope show ID` prints it: metadata, text and live claims.

export type ShownClaim = { id: string; kind: string; speaker: string | null; quote: string; start: number; end: number; status: string; origin: string };
export type ShownDocument = {
  id: string;
  title: string;
  authors: string[];
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string;
  kind: string;
  /** What the text was read from (text, markdown, html, pdf, docx); null for older rows. */
  format: string | null;
  text: string;
  claims: ShownClaim[];
};

export async function showDocument(db: Db, id: string): Promise<ShownDocument> {
  // A malformed id is never echoed (it may hold control characters); a well-formed one is.
  if (!isId(id)) throw new AppError('NOT_FOUND', 'no document with that id (not a valid id)');
  const doc = await db.document.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      authors: true,
      url: true,
      language: true,
      kind: true,
      format: true,
      publishedAt: true,
      datePrecision: true,
      text: true,
      source: { select: { name: true } },
      claims: {
        where: { deletedAt: null },
        orderBy: [{ start: 'asc' }, { end: 'asc' }],
        select: { id: true, kind: true, speaker: true, text: true, start: true, end: true, status: true, origin: true },
      },
    },
  });
  if (!doc) throw new AppError('NOT_FOUND', `no document with id ${id}`);
  return {
    id: doc.id,
    title: doc.title,
    authors: doc.authors,
    outlet: doc.source?.name ?? null,
    url: doc.url,
    published: doc.publishedAt ? isoPublished(doc.publishedAt, doc.datePrecision) : null,
    language: doc.language,
    kind: doc.kind,
    format: doc.format,
    text: doc.text,
    claims: doc.claims.map(({ text, ...c }) => ({ ...c, quote: text })),
  };
}
