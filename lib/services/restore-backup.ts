import type { Db } from '../db/client.ts';
import { AppError, isAppError } from '../errors.ts';
import { BACKUP_TABLES, parseHeader, parseRow, type BackupTable } from '../exports/backup.ts';

// Restores a backup (lib/exports/backup.ts) with its ids and relations, in one transaction, into
// an empty database; `force` wipes a non-empty one first in that same transaction. The whole
// file is read and checked before the database is touched, and any failure rolls back, so bad
// input leaves the database exactly as it was.

const BATCH = 500;

export type RestoreOptions = { force?: boolean; name?: string };
export type RestoreResult = { counts: Record<string, number>; wiped: boolean };

type Delegate = { count: () => Promise<number>; deleteMany: () => Promise<unknown>; createMany: (args: { data: Record<string, unknown>[] }) => Promise<unknown> };
const delegate = (tx: unknown, model: string) => (tx as Record<string, Delegate>)[model];

/** Derived or transient tables a forced restore also clears (they refer to what is wiped). */
const WIPE_TOO = ['suggestionState', 'verification', 'signInThrottle'];

async function readBackup(lines: AsyncIterable<string>, name: string) {
  const rows = new Map<BackupTable, Record<string, unknown>[]>(BACKUP_TABLES.map((t) => [t, []]));
  let header: ReturnType<typeof parseHeader> | null = null;
  let n = 0;
  let lastTable = 0;
  for await (const raw of lines) {
    n++;
    const text = raw.trim();
    if (!text) continue;
    if (!header) {
      header = parseHeader(name, text);
      continue;
    }
    const row = parseRow(name, n, text);
    if (row.table.secret && !header.withSecrets) throw new AppError('BAD_INPUT', `${name}: line ${n}: ${row.table.type} rows need a backup made --with-secrets`);
    // Rows come parent-first; a row out of order would fail on its foreign key anyway, say why now.
    const order = BACKUP_TABLES.indexOf(row.table);
    if (order < lastTable) throw new AppError('BAD_INPUT', `${name}: line ${n}: a ${row.table.type} row after ${BACKUP_TABLES[lastTable].type} rows (the lines are out of order)`);
    lastTable = order;
    rows.get(row.table)!.push(row.data);
  }
  if (!header) throw new AppError('BAD_INPUT', `${name}: the file is empty`);
  for (const [t, list] of rows) {
    const expected = header.counts[t.type] ?? 0;
    if (list.length !== expected) throw new AppError('BAD_INPUT', `${name}: the header counts ${expected} ${t.type} row(s) but the file has ${list.length} (truncated or edited?)`);
  }
  return rows;
}

function storeError(name: string, table: BackupTable, e: unknown): AppError {
  if (isAppError(e)) return e;
  const message = e instanceof Error ? e.message.split('\n').map((l) => l.trim()).filter(Boolean).at(-1) : String(e);
  return new AppError('BAD_INPUT', `${name}: the ${table.type} rows could not be restored: ${message}`, { cause: e });
}

export async function restoreBackup(db: Db, lines: AsyncIterable<string>, { force = false, name = 'backup' }: RestoreOptions = {}): Promise<RestoreResult> {
  const rows = await readBackup(lines, name);
  return db.$transaction(
    async (tx) => {
      const occupied: string[] = [];
      for (const t of BACKUP_TABLES) if (!t.replaceable && (await delegate(tx, t.model).count()) > 0) occupied.push(t.type);
      if (occupied.length && !force) {
        throw new AppError('CONFLICT', `${name}: the database is not empty (it has ${occupied.join(', ')} rows); restore only into an empty database, or pass --force to wipe it first`);
      }
      if (occupied.length) {
        for (const model of WIPE_TOO) await delegate(tx, model).deleteMany();
        for (const t of [...BACKUP_TABLES].reverse()) await delegate(tx, t.model).deleteMany();
      }
      const counts: Record<string, number> = {};
      for (const t of BACKUP_TABLES) {
        const list = rows.get(t)!;
        counts[t.type] = list.length;
        // Seed-like tables (the concept lexicon, settings) are replaced by the backup's rows.
        if (t.replaceable && list.length) await delegate(tx, t.model).deleteMany();
        try {
          for (let i = 0; i < list.length; i += BATCH) await delegate(tx, t.model).createMany({ data: list.slice(i, i + BATCH) });
        } catch (e) {
          throw storeError(name, t, e);
        }
      }
      return { counts, wiped: occupied.length > 0 };
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
}
