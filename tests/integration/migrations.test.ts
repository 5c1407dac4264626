import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, listMigrations, pendingMigrations } from '../../lib/db/migrate.ts';
import { testTargets, type TestDatabase } from './databases.ts';

describe.each(testTargets)('migrations on $name', ({ open }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => t?.dispose());

  it('applies every migration once, then reports nothing pending', async () => {
    const all = listMigrations().migrationDirectories.map((d) => d.path);
    expect(await pendingMigrations(t.url)).toEqual(all);
    expect(await applyMigrations(t.url)).toEqual(all);
    expect(await applyMigrations(t.url)).toEqual([]);
    expect(await pendingMigrations(t.url)).toEqual([]);
  });

  it('created the schema with the trigram extension and records each migration', async () => {
    const ext = await t.db.$queryRaw<{ extname: string }[]>`SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`;
    expect(ext).toHaveLength(1);
    const rows = await t.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    expect(Number(rows[0].n)).toBe(listMigrations().migrationDirectories.length);
    const sim = await t.db.$queryRaw<{ s: number }[]>`SELECT similarity('Truppen', 'Truppe') AS s`;
    expect(sim[0].s).toBeGreaterThan(0.5);
    const fts = await t.db.$queryRaw<{ hit: boolean }[]>`SELECT to_tsvector('german', 'Die Häuser wurden gebaut') @@ to_tsquery('german', 'Haus') AS hit`;
    expect(fts[0].hit).toBe(true);
  });
});
