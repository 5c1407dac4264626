import type { Db } from '../../lib/db/client.ts';

// Row counts of every table in the current schema, read from information_schema, so a bad-input
// test proves that nothing at all was written (whatever tables other changes add later).

export async function allRowCounts(db: Db): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  if (tables.length === 0) throw new Error('no tables found: were the migrations applied?');
  const counts: Record<string, number> = {};
  for (const { table_name: name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`);
    counts[name] = Number(row.n);
  }
  return counts;
}
