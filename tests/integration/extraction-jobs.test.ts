import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../lib/db/migrate.ts';
import type { Db } from '../../lib/db/client.ts';
import { InProcessQueue } from '../../lib/jobs/in-process-queue.ts';
import { PgBossQueue } from '../../lib/jobs/pg-boss-queue.ts';
import type { JobQueue } from '../../lib/jobs/queue.ts';
import { startExtractionWorker, type ExtractionWorker } from '../../lib/jobs/extraction-worker.ts';
import { defaultExtractionSteps, type ExtractionSteps } from '../../lib/services/run-extraction-job.ts';
import { retryExtraction } from '../../lib/services/retry-extraction.ts';
import { saveUploadedDocuments } from '../../lib/services/save-uploaded-documents.ts';
import { testTargets, type TestDatabase } from './databases.ts';

// Store, then extract in the background: on both databases with the in-process queue, and on
// PostgreSQL also with pg-boss (the queue its workers share).

const texts = [
  'The council approved the budget of 12 million euros on Monday. Mayor Ann Lee said the plan "will create 300 jobs". Critics argue that the costs are far too high.',
  'The mayor said the tram line will cost 40 million euros. According to the statistics office, unemployment fell to 5.2 percent in 2023.',
];

const fileItem = (name: string, text: string, title = '') => ({
  source: { kind: 'file' as const, name, bytes: new TextEncoder().encode(text) },
  meta: { title, authors: '', outlet: '', url: '', published: '', language: 'en', kind: 'article' },
});

/** Waits for the condition (jobs run in the background); fails with the last state seen. */
async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, deadlineMs = 60_000): Promise<T> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const statusOf = (db: Db, id: string) =>
  db.document.findUniqueOrThrow({ where: { id }, select: { extractionStatus: true, extractionError: true, extractionAttempts: true, _count: { select: { claims: true } } } });

type QueueKind = { name: string; make: (t: TestDatabase) => JobQueue; wait: (q: JobQueue) => Promise<void> };
const inProcess: QueueKind = { name: 'in-process', make: () => new InProcessQueue(), wait: (q) => (q as InProcessQueue).idle() };
const pgBoss: QueueKind = { name: 'pg-boss', make: (t) => new PgBossQueue(t.url, { pollingIntervalSeconds: 0.5 }), wait: async () => {} };

const cases = testTargets.flatMap((target) => (target.name === 'PostgreSQL' ? [inProcess, pgBoss] : [inProcess]).map((kind) => ({ target, kind, label: `${kind.name} on ${target.name}` })));

describe.each(cases)('extraction jobs: $label', ({ target, kind }) => {
  let t: TestDatabase;
  let worker: ExtractionWorker | undefined;
  beforeAll(async () => {
    t = await target.open();
    await applyMigrations(t.url);
  });
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
  });
  afterAll(async () => t?.dispose());

  it('stores uploads as queued without claims, then the job extracts them and a suggestion job follows', async () => {
    const queue = kind.make(t);
    const saved = await saveUploadedDocuments(t.db, queue, { items: texts.map((text, i) => fileItem(`doc-${i}.txt`, text)) });
    expect(saved.map((s) => s.status)).toEqual(['created', 'created']);
    const ids = saved.map((s) => (s.status === 'refused' ? '' : s.id));
    for (const id of ids) expect(await statusOf(t.db, id)).toMatchObject({ extractionStatus: 'queued', _count: { claims: 0 } });

    const suggestedFor: string[] = [];
    const steps: ExtractionSteps = { ...defaultExtractionSteps, suggest: async (db, ids) => (suggestedFor.push(...ids), defaultExtractionSteps.suggest(db, ids)) };
    worker = await startExtractionWorker(t.db, queue, { steps, settings: { maxAttempts: 2, retryDelayMs: 1000 } });
    await kind.wait(queue);
    for (const id of ids) {
      const s = await until(() => statusOf(t.db, id), (v) => v.extractionStatus === 'done');
      expect(s).toMatchObject({ extractionStatus: 'done', extractionError: null, extractionAttempts: 1 });
      expect(s._count.claims).toBeGreaterThan(0);
    }
    const doc = await t.db.document.findUniqueOrThrow({ where: { id: ids[0] } });
    expect(doc.engineVersion).not.toBeNull();
    // Suggestion runs on its own queue once the extraction queue is idle: each document once.
    const suggested = await until(async () => [...suggestedFor].sort(), (v) => v.length >= ids.length);
    expect(suggested).toEqual([...ids].sort());
  });

  it('a new worker takes up what a stopped process left queued or running', async () => {
    const before = kind.make(t);
    const [saved] = await saveUploadedDocuments(t.db, before, { items: [fileItem('left-over.txt', `${texts[1]} It was left over.`)] });
    if (saved.status === 'refused') throw new Error(saved.reason);
    await before.stop(); // the process ends: an in-process queue forgets its jobs
    const interrupted = (await saveUploadedDocuments(t.db, kind.make(t), { items: [fileItem('interrupted.txt', `${texts[0]} It was interrupted.`)] }))[0];
    if (interrupted.status === 'refused') throw new Error(interrupted.reason);
    await t.db.document.update({ where: { id: interrupted.id }, data: { extractionStatus: 'running' } }); // as if killed mid-job

    const after = kind.make(t);
    worker = await startExtractionWorker(t.db, after, { settings: { maxAttempts: 2, retryDelayMs: 1000 } });
    await kind.wait(after);
    expect(await until(() => statusOf(t.db, saved.id), (v) => v.extractionStatus === 'done')).toMatchObject({ extractionStatus: 'done' });
    // pg-boss keeps its own jobs and retries a crashed one after its expiry: only the in-process sweep takes 'running' rows.
    if (kind.name === 'in-process') expect(await until(() => statusOf(t.db, interrupted.id), (v) => v.extractionStatus === 'done')).toMatchObject({ extractionStatus: 'done' });
  });

  it('a failing job ends failed with its error after the retries; Retry queues it again and it is done', async () => {
    let broken = true;
    const steps: ExtractionSteps = {
      ...defaultExtractionSteps,
      extractBatch: async (db, ids) => {
        if (broken) throw new Error('the engine is broken today');
        return defaultExtractionSteps.extractBatch(db, ids);
      },
    };
    const queue = kind.make(t);
    worker = await startExtractionWorker(t.db, queue, { steps, settings: { maxAttempts: 2, retryDelayMs: 1000 } });
    const [saved] = await saveUploadedDocuments(t.db, queue, { items: [fileItem('failing.txt', `${texts[0]} This one fails first.`)] });
    if (saved.status === 'refused') throw new Error(saved.reason);
    await kind.wait(queue);
    const failed = await until(() => statusOf(t.db, saved.id), (v) => v.extractionStatus === 'failed');
    expect(failed).toMatchObject({ extractionStatus: 'failed', extractionError: 'the engine is broken today', extractionAttempts: 2, _count: { claims: 0 } });

    broken = false;
    await expect(retryExtraction(t.db, queue, { documentId: saved.id })).resolves.toMatchObject({ status: 'queued' });
    await kind.wait(queue);
    const done = await until(() => statusOf(t.db, saved.id), (v) => v.extractionStatus === 'done');
    expect(done).toMatchObject({ extractionStatus: 'done', extractionError: null, extractionAttempts: 1 });
    expect(done._count.claims).toBeGreaterThan(0);
    // Only a failed extraction can be retried.
    await expect(retryExtraction(t.db, queue, { documentId: saved.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
