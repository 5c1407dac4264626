import type { Db } from '../db/client.ts';
import { BACKUP_TABLES, headerLine, rowLine } from '../exports/backup.ts';

// The full backup as a stream of JSON lines (each ends with "\n"), read in one repeatable-read
// snapshot so the header's counts and the rows agree. Rows go out a page at a time; nothing
// builds the whole backup in memory.

const PAGE = 500;

type Delegate = {
  count: () => Promise<number>;
  findMany: (args: { orderBy: Record<string, 'asc'>; take: number; skip?: number; cursor?: Record<string, string> }) => Promise<Record<string, unknown>[]>;
};

const delegate = (tx: unknown, model: string) => (tx as Record<string, Delegate>)[model];

export type BackupOptions = { withSecrets?: boolean };

/** Hands out a transaction client that stays open until the returned `done` is called. */
function openSnapshot(db: Db) {
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  let ready!: (tx: unknown) => void;
  const client = new Promise<unknown>((resolve) => (ready = resolve));
  const transaction = db.$transaction(
    async (tx) => {
      ready(tx);
      await finished;
    },
    { isolationLevel: 'RepeatableRead', timeout: 60 * 60_000, maxWait: 60_000 },
  );
  // Surfaces a failure to open before the client was handed out.
  const tx = Promise.race([client, transaction.then(() => null)]);
  return { tx, done: async () => (finish(), await transaction) };
}

export async function* backupLines(db: Db, { withSecrets = false }: BackupOptions = {}): AsyncGenerator<string> {
  const tables = BACKUP_TABLES.filter((t) => withSecrets || !t.secret);
  const snapshot = openSnapshot(db);
  try {
    const tx = await snapshot.tx;
    if (!tx) throw new Error('backup: the snapshot transaction ended early');
    const counts: Record<string, number> = {};
    for (const t of tables) counts[t.type] = await delegate(tx, t.model).count();
    yield `${headerLine(counts, withSecrets)}\n`;
    for (const t of tables) {
      let cursor: string | undefined;
      for (;;) {
        const rows = await delegate(tx, t.model).findMany({ orderBy: { [t.key]: 'asc' }, take: PAGE, ...(cursor && { skip: 1, cursor: { [t.key]: cursor } }) });
        for (const row of rows) yield `${rowLine(t.type, row)}\n`;
        if (rows.length < PAGE) break;
        cursor = rows.at(-1)![t.key] as string;
      }
    }
  } finally {
    await snapshot.done();
  }
}
