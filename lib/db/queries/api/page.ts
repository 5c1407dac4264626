import type { PageQuery } from '../../../api/schemas/common.ts';

// Cursor pages over cuid ids: ordered by id, the cursor is the last id of the previous page.
// Rows created meanwhile land by id, so a page walk never repeats or skips an existing row.

/** findMany arguments for one page; `where` is the caller's filter. */
export function pageArgs<W extends object>({ limit, cursor }: PageQuery, where: W) {
  return { take: limit + 1, orderBy: { id: 'asc' as const }, where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where };
}

export function toPage<T extends { id: string }>(rows: T[], limit: number): { data: T[]; nextCursor: string | null } {
  const data = rows.slice(0, limit);
  return { data, nextCursor: rows.length > limit ? data[data.length - 1]!.id : null };
}
