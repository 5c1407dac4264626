import type { Db } from '../client.ts';
import { Prisma } from '../../generated/prisma/client.ts';

// Shared pieces of the keyset-paged lists (review queue, document list): capped totals and
// opaque cursors. Counting stops at COUNT_CAP so a list says "10,000+" instead of scanning a
// whole archive on every request.

export const COUNT_CAP = 10_000;

/** A capped count: `atLeast` is true when there are more than `count`. */
export type CappedCount = { count: number; atLeast: boolean };

/** Counts the rows of `from` (a SELECT) up to COUNT_CAP. */
export async function cappedCount(db: Db, from: Prisma.Sql): Promise<CappedCount> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${from} LIMIT ${COUNT_CAP + 1}) x`;
  return n > COUNT_CAP ? { count: COUNT_CAP, atLeast: true } : { count: n, atLeast: false };
}

/** "1,234" or "10,000+". */
export const countLabel = (c: CappedCount) => `${c.count.toLocaleString('en')}${c.atLeast ? '+' : ''}`;

export const and = (conds: Prisma.Sql[]) => (conds.length ? Prisma.join(conds, ' AND ') : Prisma.sql`TRUE`);

/** A cursor is the key of a row as base64url JSON: opaque to the user, checked when read back. */
export const encodeCursor = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** The key of a cursor, or null when unreadable (the caller then starts from the first page). */
export function decodeCursor(raw: string | undefined): unknown[] | null {
  if (!raw) return null;
  try {
    const key = JSON.parse(Buffer.from(raw, 'base64url').toString()) as unknown;
    return Array.isArray(key) ? key : null;
  } catch {
    return null;
  }
}

/** A LIKE pattern matching `text` anywhere, its wildcards taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
