import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connectEmbedded, closeEmbedded } from '../../lib/db/embedded.ts';
import { createPrisma, type Db } from '../../lib/db/client.ts';

// The databases every integration suite runs against: a fresh embedded PGlite directory always,
// and a dedicated, throw-away database on TEST_DATABASE_URL's server when that is set.

export type TestDatabase = { name: string; url: string; db: Db; dispose: () => Promise<void> };
export type TestTarget = { name: string; open: () => Promise<TestDatabase> };

async function openEmbedded(): Promise<TestDatabase> {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-it-')), 'pglite');
  const url = await connectEmbedded(dir);
  const db = createPrisma(url);
  return {
    name: 'embedded',
    url,
    db,
    dir,
    dispose: async () => {
      await db.$disconnect();
      await closeEmbedded(dir);
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    },
  } as TestDatabase & { dir: string };
}

async function openPostgres(baseUrl: string): Promise<TestDatabase> {
  const name = `claimscope_it_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const db = createPrisma(url.toString());
  return {
    name: 'postgres',
    url: url.toString(),
    db,
    dispose: async () => {
      await db.$disconnect();
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export const testTargets: TestTarget[] = [
  { name: 'embedded PGlite', open: openEmbedded },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'PostgreSQL', open: () => openPostgres(process.env.TEST_DATABASE_URL!) }] : []),
];

export async function rowCounts(db: Db) {
  const [documents, claims, quantities, sources] = await Promise.all([
    db.document.count(),
    db.claim.count(),
    db.quantity.count(),
    db.source.count(),
  ]);
  return { documents, claims, quantities, sources };
}
