// The CLI's database, loaded on first use: commands that need none (extract, --help, --version)
// never load Prisma, PGlite or the embedded database owner.
import type { Db } from '../lib/db/client.ts';

type ClientModule = typeof import('../lib/db/client.ts');

let client: Promise<ClientModule> | null = null;

export async function getDb(): Promise<Db> {
  client ??= import('../lib/db/client.ts');
  return (await client).getPrisma();
}

/** Disconnects Prisma and stops the embedded database, if a command opened them. */
export async function closeDb(): Promise<void> {
  if (!client) return;
  const [{ disconnectPrisma }, { closeEmbedded }] = await Promise.all([client, import('../lib/db/embedded.ts')]);
  await disconnectPrisma().catch(() => {});
  await closeEmbedded().catch(() => {});
}
