// npm run db:migrate | db:migrate:create NAME | db:status — on DATABASE_URL or the embedded database.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { resolveDatabaseUrl } from '../lib/db/client.ts';
import { closeEmbedded } from '../lib/db/embedded.ts';
import { applyMigrations, diffSchema, pendingMigrations, writeMigration } from '../lib/db/migrate.ts';

// A fresh in-memory PGlite to replay the history on. pglite-prisma-adapter 0.7.2 does not await
// executeScript, which would hide failing migrations, so that method is replaced.
async function withScratchDatabase<T>(run: (factory: PrismaPGlite) => Promise<T>): Promise<T> {
  const db = new PGlite({ extensions: { pg_trgm } });
  const factory = new PrismaPGlite(db);
  const connect = factory.connect.bind(factory);
  const fixed = async () => Object.assign(await connect(), { executeScript: async (sql: string) => void (await db.exec(sql)) });
  Object.assign(factory, { connect: fixed, connectToShadowDb: fixed });
  try {
    return await run(factory);
  } finally {
    await db.close();
  }
}

async function main() {
  const [command = 'deploy', name] = process.argv.slice(2);
  if (command === 'create') {
    if (!name) throw new Error('usage: npm run db:migrate:create -- NAME');
    const sql = await withScratchDatabase(diffSchema);
    console.log(sql ? `Created ${writeMigration(name, sql)}` : 'Schema unchanged: no migration created.');
    return;
  }
  const url = await resolveDatabaseUrl();
  if (command === 'status') {
    const pending = await pendingMigrations(url);
    console.log(pending.length ? `Pending: ${pending.join(', ')}` : 'Database is up to date.');
  } else if (command === 'deploy') {
    const applied = await applyMigrations(url);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'No pending migrations.');
  } else {
    throw new Error(`unknown command ${command} (deploy | create NAME | status)`);
  }
}

main()
  .then(async () => {
    await closeEmbedded();
    process.exit(0); // the wasm engine keeps a timer alive
  })
  .catch(async (e) => {
    console.error(e instanceof Error ? e.message : e);
    await closeEmbedded().catch(() => {});
    process.exit(1);
  });
