import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgBossQueue } from '../../lib/jobs/pg-boss-queue.ts';
import type { JobContext } from '../../lib/jobs/queue.ts';
import { testTargets, type TestDatabase } from './databases.ts';

// Several `npm run worker` processes share one pg-boss queue: each job is taken by exactly one.
// Two PgBoss instances (two connection pools, as two processes would have) work one queue.

const postgres = testTargets.find((t) => t.name === 'PostgreSQL');
const JOBS = 40;

describe.skipIf(!postgres)('pg-boss: two workers on one queue', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await postgres!.open();
  });
  afterAll(async () => t?.dispose());

  it(`process ${JOBS} jobs, each exactly once, shared between both`, async () => {
    const sender = new PgBossQueue(t.url);
    const workers = [new PgBossQueue(t.url, { pollingIntervalSeconds: 0.5, concurrency: 2 }), new PgBossQueue(t.url, { pollingIntervalSeconds: 0.5, concurrency: 2 })];
    const runs: { worker: number; n: number }[] = [];
    const started = [false, false];
    let finish!: () => void;
    const allDone = new Promise<void>((r) => (finish = r));
    await sender.define('two-workers', { maxAttempts: 1 });
    for (const [worker, queue] of workers.entries()) {
      await queue.work('two-workers', async ({ data }: JobContext<{ n: number }>) => {
        runs.push({ worker, n: data.n });
        // Each worker holds its first job until the other has one too, so both take part.
        started[worker] = true;
        while (!started.every(Boolean)) await new Promise((r) => setTimeout(r, 20));
        if (runs.length >= JOBS) finish();
      });
    }
    for (let n = 0; n < JOBS; n++) await sender.enqueue('two-workers', { n });
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`only ${runs.length} of ${JOBS} jobs ran`)), 60_000));
    await Promise.race([allDone, timeout]);
    await Promise.all([sender, ...workers].map((q) => q.stop()));

    const numbers = runs.map((r) => r.n).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: JOBS }, (_, n) => n));
    // pg-boss's own record agrees: every job completed once, none left.
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    const { rows } = await client.query(`SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = 'two-workers' GROUP BY state`);
    await client.end();
    expect(rows).toEqual([{ state: 'completed', n: JOBS }]);
    expect(new Set(runs.map((r) => r.worker)).size).toBe(2);
  });
});
