import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { resolveDatabaseTarget } from '../env.ts';
import { connectEmbedded } from './embedded.ts';

export type Db = PrismaClient;

// Created lazily so `next build` never opens the data directory.
const globalForPrisma = globalThis as unknown as { claimscopePrisma?: Promise<PrismaClient> };

/** Connection URL for the configured database (starts the embedded owner if needed). */
export async function resolveDatabaseUrl(): Promise<string> {
  const target = resolveDatabaseTarget();
  return target.kind === 'postgres' ? target.url : connectEmbedded(target.dir);
}

export function createPrisma(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

export function getPrisma(): Promise<PrismaClient> {
  globalForPrisma.claimscopePrisma ??= resolveDatabaseUrl().then(createPrisma);
  return globalForPrisma.claimscopePrisma;
}

export async function disconnectPrisma(): Promise<void> {
  const pending = globalForPrisma.claimscopePrisma;
  globalForPrisma.claimscopePrisma = undefined;
  if (pending) await (await pending).$disconnect();
}

/**
 * Runs reads in one snapshot, so that a row and the rows it includes come from the same moment:
 * Prisma reads an include with a second query, and a suggestion run may replace topics between
 * the two. Inside a transaction, that transaction already is the snapshot.
 */
export function inSnapshot<T>(db: Db, read: (db: Db) => Promise<T>): Promise<T> {
  if (typeof (db as Partial<Db>).$transaction !== 'function') return read(db);
  // A snapshot holds a pool connection from BEGIN to COMMIT: under load (20 readers, 10 connections)
  // Prisma's defaults (2 s to get one, 5 s in all) failed reads that only had to wait their turn.
  return db.$transaction((tx) => read(tx as Db), { isolationLevel: 'RepeatableRead', maxWait: 15_000, timeout: 30_000 });
}
