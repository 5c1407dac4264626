import { z } from 'zod';
import type { Db } from '../client.ts';
import { isId } from '../../schemas/safe-text.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { DatePrecision, DocumentKind, ExtractionStatus } from '../../generated/prisma/enums.ts';
import { and, cappedCount, containsPattern, decodeCursor, encodeCursor, type CappedCount } from './paging.ts';

// The home page's document list: oldest publication first, undated documents last, then by
// import time and id. Pages by keyset on Document_list_order_idx (publishedAt, createdAt, id),
// never by offset. NULL dates break a row comparison, so a page is read from up to two index
// ranges in turn: the dated documents, then the undated ones (or the reverse, going back).

export const DOCUMENT_PAGE_SIZE = 50;

const cursorText = z.string().max(400).optional().catch(undefined);

export const documentListFilterSchema = z.object({
  /** Part of the title (case-insensitive, on the title's trigram index). */
  q: z.string().trim().max(200).optional().catch(undefined).transform((s) => s || undefined),
  after: cursorText,
  before: cursorText,
});
/** Parsed by documentListFilterSchema at the edge; all parts optional. */
export type DocumentListFilter = { q?: string; after?: string; before?: string };

export type DocumentListItem = {
  id: string; title: string; authors: string[]; language: string; publishedAt: Date | null;
  datePrecision: DatePrecision | null; kind: DocumentKind; extractionStatus: ExtractionStatus;
  outlet: string | null; claimCount: number;
};
export type DocumentListPage = { items: DocumentListItem[]; total: CappedCount; next: string | null; previous: string | null };

type Key = { publishedAt: string | null; createdAt: string; id: string };
const isInstant = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

function decodeKey(raw: string | undefined): Key | null {
  const [publishedAt, createdAt, id] = decodeCursor(raw) ?? [];
  if ((publishedAt !== null && !isInstant(publishedAt)) || !isInstant(createdAt) || typeof id !== 'string' || !isId(id)) return null;
  return { publishedAt, createdAt, id };
}

type Row = Omit<DocumentListItem, 'publishedAt'> & { publishedAt: Date | string | null; createdAt: Date | string };
const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const keyOf = (r: Row) => encodeCursor([r.publishedAt === null ? null : toDate(r.publishedAt).toISOString(), toDate(r.createdAt).toISOString(), r.id]);

/** One index range of the order: dated or undated documents, optionally past a key, in a direction. */
type Range = { dated: boolean; past?: Key; dir: 'asc' | 'desc' };

function rangesFor(after: Key | null, before: Key | null): Range[] {
  if (after) return after.publishedAt === null ? [{ dated: false, past: after, dir: 'asc' }] : [{ dated: true, past: after, dir: 'asc' }, { dated: false, dir: 'asc' }];
  if (before) return before.publishedAt === null ? [{ dated: false, past: before, dir: 'desc' }, { dated: true, dir: 'desc' }] : [{ dated: true, past: before, dir: 'desc' }];
  return [{ dated: true, dir: 'asc' }, { dated: false, dir: 'asc' }];
}

function rangeConditions(r: Range): Prisma.Sql[] {
  const cmp = r.dir === 'asc' ? Prisma.sql`>` : Prisma.sql`<`;
  if (!r.dated) {
    const conds = [Prisma.sql`d."publishedAt" IS NULL`];
    if (r.past) conds.push(Prisma.sql`(d."createdAt", d.id) ${cmp} (${r.past.createdAt}::timestamp, ${r.past.id})`);
    return conds;
  }
  if (r.past) return [Prisma.sql`(d."publishedAt", d."createdAt", d.id) ${cmp} (${r.past.publishedAt}::timestamp, ${r.past.createdAt}::timestamp, ${r.past.id})`];
  return [Prisma.sql`d."publishedAt" IS NOT NULL`];
}

async function readRange(db: Db, filter: Prisma.Sql[], r: Range, limit: number): Promise<Row[]> {
  const dir = r.dir === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  return db.$queryRaw<Row[]>`
    SELECT d.id, d.title, d.authors, d.language, d."publishedAt", d."datePrecision"::text AS "datePrecision", d.kind::text AS kind,
           d."extractionStatus"::text AS "extractionStatus", d."createdAt", s.name AS outlet,
           (SELECT count(*)::int FROM "Claim" c WHERE c."documentId" = d.id AND c."deletedAt" IS NULL) AS "claimCount"
    FROM "Document" d LEFT JOIN "Source" s ON s.id = d."sourceId"
    WHERE ${and([...filter, ...rangeConditions(r)])}
    ORDER BY d."publishedAt" ${dir}, d."createdAt" ${dir}, d.id ${dir}
    LIMIT ${limit}`;
}

/** One page (`limit`, DOCUMENT_PAGE_SIZE by default) after `f.after` or before `f.before`; an unreadable cursor means the first page. */
export async function pageDocumentList(db: Db, f: DocumentListFilter, limit = DOCUMENT_PAGE_SIZE): Promise<DocumentListPage> {
  const after = decodeKey(f.after);
  const before = after ? null : decodeKey(f.before);
  const filter = f.q ? [Prisma.sql`d.title ILIKE ${containsPattern(f.q)}`] : [];
  const readRows = async () => {
    const rows: Row[] = [];
    for (const range of rangesFor(after, before)) {
      if (rows.length > limit) break;
      rows.push(...(await readRange(db, filter, range, limit + 1 - rows.length)));
    }
    return rows;
  };
  const [rows, total] = await Promise.all([readRows(), cappedCount(db, Prisma.sql`SELECT 1 FROM "Document" d WHERE ${and(filter)}`)]);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (before) page.reverse();
  const first = page[0];
  const last = page[page.length - 1];
  return {
    items: page.map(({ createdAt: _created, publishedAt, ...d }) => ({ ...d, publishedAt: publishedAt === null ? null : toDate(publishedAt) })),
    total,
    // Going back, "more" means there is an earlier page; going forward, a later one.
    next: last && (before ? true : more) ? keyOf(last) : null,
    previous: first && (before ? more : after !== null) ? keyOf(first) : null,
  };
}

/** The home page's URL with the same title filter and the given page cursor. */
export function documentListHref(f: DocumentListFilter, page: { after?: string; before?: string }): string {
  const params = new URLSearchParams();
  if (f.q) params.set('q', f.q);
  for (const [k, v] of Object.entries(page)) if (v) params.set(k, v);
  const q = params.toString();
  return q ? `/?${q}` : '/';
}

export type PickerDocument = Pick<DocumentListItem, 'id' | 'title' | 'publishedAt' | 'datePrecision'>;

/** The compare picker's choices: the first `limit` documents whose title matches `q`, plus the selected ones. */
export async function listPickerDocuments(db: Db, q: string | undefined, selected: string[], limit = DOCUMENT_PAGE_SIZE) {
  const ids = selected.filter(isId).slice(0, 12);
  const [page, chosen] = await Promise.all([
    pageDocumentList(db, { q }, limit),
    ids.length ? db.document.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, publishedAt: true, datePrecision: true } }) : [],
  ]);
  const shown = new Set(page.items.map((d) => d.id));
  const documents: PickerDocument[] = [...chosen.filter((d) => !shown.has(d.id)), ...page.items];
  return { documents, total: page.total };
}
