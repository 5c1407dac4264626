import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { PgBossQueue } from '../../lib/jobs/pg-boss-queue.ts';
import { startExtractionWorker, type ExtractionWorker } from '../../lib/jobs/extraction-worker.ts';
import { fromInputs } from '../../lib/services/import-batch.ts';
import { engineClaims, extractDocumentBatch } from '../../lib/services/extract-batch.ts';
import { importQueued } from '../../lib/services/import-queued.ts';
import { SUGGESTION_QUEUE } from '../../lib/services/run-suggestion-job.ts';
import { defaultExtractionSteps, type ExtractionSteps } from '../../lib/services/run-extraction-job.ts';
import { generatedText } from '../../scripts/bench/import-corpus.ts';
import { testTargets, type TestDatabase } from './databases.ts';

// The bulk ingest path: `import --queue` stores a few hundred documents and sends their jobs;
// two workers (two pg-boss instances with their own pools, as two processes) fetch batches, store
// each in one transaction, and then work off the suggestion jobs per group of new documents. No document is extracted twice, every one ends done after one
// attempt, and the per-document suggestion locks leave no duplicate topic behind.

const postgres = testTargets.find((t) => t.name === 'PostgreSQL');
const DOCUMENTS = 240;
if (!postgres) console.log('ingest-workers: skipped, set TEST_DATABASE_URL to run it on PostgreSQL');

describe.skipIf(!postgres)('ingest: queued import and two batch workers on PostgreSQL', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await postgres!.open();
    await applyMigrations(t.url);
  });
  afterAll(async () => t?.dispose());

  it(`extracts ${DOCUMENTS} documents, each exactly once, shared between both workers`, async () => {
    const sender = new PgBossQueue(t.url);
    const inputs = Array.from({ length: DOCUMENTS }, (_, i) => ({ name: `doc-${i}.md`, text: generatedText(i, 8), meta: { outlet: `Outlet ${i % 3}`, authors: [], kind: 'article' as const } }));
    const stored = await importQueued(t.db, sender, fromInputs(inputs), { batchSize: 50 });
    await sender.stop();
    expect(stored.results.filter((r) => r.status === 'created')).toHaveLength(DOCUMENTS);

    const runs = new Map<string, number[]>();
    const steps = (worker: number): ExtractionSteps => ({
      ...defaultExtractionSteps,
      extractBatch: (db, ids) =>
        extractDocumentBatch(db, ids, (id, text, lang) => {
          runs.set(id, [...(runs.get(id) ?? []), worker]);
          return engineClaims(id, text, lang);
        }),
    });
    const workers: ExtractionWorker[] = [];
    for (const w of [0, 1]) {
      const queue = new PgBossQueue(t.url, { pollingIntervalSeconds: 0.5 });
      workers.push(await startExtractionWorker(t.db, queue, { steps: steps(w), batchSize: 8 }));
    }
    try {
      const deadline = Date.now() + 240_000;
      // Extracted, then the suggestion jobs (run when no extraction job waits) are worked off too.
      const pending = async () =>
        (await t.db.document.count({ where: { extractionStatus: { in: ['queued', 'running'] } } })) +
        (await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${SUGGESTION_QUEUE} AND state IN ('created', 'retry', 'active')`)[0].n;
      while ((await pending()) > 0) {
        if (Date.now() > deadline) throw new Error('the workers did not finish in time');
        await new Promise((r) => setTimeout(r, 500));
      }
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }

    const docs = await t.db.document.findMany({ select: { id: true, extractionStatus: true, extractionAttempts: true, _count: { select: { claims: true } } } });
    expect(docs.every((d) => d.extractionStatus === 'done' && d.extractionAttempts === 1)).toBe(true);
    expect(docs.every((d) => d._count.claims > 0)).toBe(true);
    expect([...runs.values()].every((r) => r.length === 1)).toBe(true);
    expect(runs.size).toBe(DOCUMENTS);
    expect(new Set([...runs.values()].flat()).size, 'both workers took part').toBe(2);
    // No automatic topic twice: the same kind over the same claims.
    const duplicates = await t.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT t.kind, array_agg(ct."claimId" ORDER BY ct."claimId") AS claims FROM "Topic" t JOIN "ClaimTopic" ct ON ct."topicId" = t.id
        WHERE t.origin = 'auto' GROUP BY t.id, t.kind) s
      GROUP BY kind, claims HAVING count(*) > 1`;
    expect(duplicates).toEqual([]);
    expect(await t.db.topic.count()).toBeGreaterThan(0);
  }, 300_000);
});
