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
