import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { PgBossQueue } from '../../lib/jobs/pg-boss-queue.ts';
import { testTargets, type TestDatabase } from './databases.ts';

// Workers started at the same moment on a new database all install pg-boss's schema and create
// the same queues at once; PostgreSQL aborts colliding DDL (a deadlock), and a worker that gave
// up there would leave its share of the jobs to the others (seen in the ingest benchmark).

const postgres = testTargets.find((t) => t.name === 'PostgreSQL');
if (!postgres) console.log('pg-boss-start: skipped, set TEST_DATABASE_URL to run it on PostgreSQL');

describe.skipIf(!postgres)('pg-boss queues started together on PostgreSQL', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await postgres!.open();
    await applyMigrations(t.url);
  });
  afterAll(async () => t?.dispose());

  it('lets every one of four simultaneous starts succeed and send a job', async () => {
    const queues = Array.from({ length: 4 }, () => new PgBossQueue(t.url));
    try {
      await Promise.all(queues.map(async (q) => {
        await q.define('first-queue');
        await q.define('second-queue');
      }));
      const ids = await Promise.all(queues.map((q, i) => q.enqueue('first-queue', { i })));
      expect(ids.every((id) => typeof id === 'string')).toBe(true);
    } finally {
      await Promise.all(queues.map((q) => q.stop()));
    }
  });
});
