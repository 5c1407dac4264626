import { describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { InProcessQueue } from './in-process-queue.ts';
import { startExtractionWorker } from './extraction-worker.ts';

// Restart pickup on the in-process queue, with the document table faked in memory (the real
// tables: tests/integration/extraction-jobs.test.ts).

type Row = { id: string; extractionStatus: string; extractionAttempts: number; extractionError: string | null; createdAt: Date };

function fakeDb(rows: Row[]): Db {
  type Where = { id?: string | { in: string[] }; extractionStatus?: { in?: string[]; not?: string } };
  const matches = (r: Row, where: Where) =>
    (!where.id || (typeof where.id === 'string' ? r.id === where.id : where.id.in.includes(r.id))) &&
    (!where.extractionStatus?.in || where.extractionStatus.in.includes(r.extractionStatus)) &&
    (!where.extractionStatus?.not || r.extractionStatus !== where.extractionStatus.not);
  const document = {
    // One page: the sweep's next page (after a cursor) is empty.
    findMany: async ({ where, cursor }: { where: Where; cursor?: unknown }) => (cursor ? [] : rows.filter((r) => matches(r, where)).map((r) => ({ id: r.id }))),
    updateMany: async ({ where, data }: { where: Where; data: Record<string, unknown> }) => ({ count: update(where, data).length }),
    updateManyAndReturn: async ({ where, data }: { where: Where; data: Record<string, unknown> }) => update(where, data).map((r) => ({ id: r.id })),
  };
  function update(where: Where, data: Record<string, unknown>) {
    const hit = rows.filter((r) => matches(r, where));
    for (const r of hit) {
      const { extractionAttempts, ...rest } = data as { extractionAttempts?: { increment: number } };
      Object.assign(r, rest);
      if (extractionAttempts) r.extractionAttempts += extractionAttempts.increment;
    }
    return hit;
  }
  return { document } as unknown as Db;
}

const row = (id: string, extractionStatus: string): Row => ({ id, extractionStatus, extractionAttempts: 0, extractionError: null, createdAt: new Date() });

describe('the extraction worker on the in-process queue', () => {
  it('picks up documents left queued or running by the previous process, and only those', async () => {
    const rows = [row('a', 'queued'), row('b', 'running'), row('c', 'done'), row('d', 'failed')];
    const extracted: string[] = [];
    const queue = new InProcessQueue();
    const worker = await startExtractionWorker(fakeDb(rows), queue, {
      steps: {
        extractBatch: async (_db, ids) => {
          extracted.push(...ids);
          for (const r of rows) if (ids.includes(r.id)) r.extractionStatus = 'done';
          return { done: ids, failed: new Map() };
        },
        suggest: async () => {},
      },
    });
    await queue.idle();
    await worker.stop();
    expect(extracted.sort()).toEqual(['a', 'b']);
    expect(rows.map((r) => r.extractionStatus)).toEqual(['done', 'done', 'done', 'failed']);
  });

  it('records the error, keeps the document queued between retries and fails it after the last', async () => {
    const rows = [row('a', 'queued')];
    const statuses: string[] = [];
    const queue = new InProcessQueue();
    const errors = console.error;
    console.error = () => {};
    try {
      const worker = await startExtractionWorker(fakeDb(rows), queue, {
        settings: { maxAttempts: 2, retryDelayMs: 1 },
        steps: {
          extractBatch: async () => {
            statuses.push(rows[0].extractionStatus);
            throw new Error('engine broke');
          },
          suggest: async () => {},
        },
      });
      await queue.idle();
      await worker.stop();
    } finally {
      console.error = errors;
    }
    expect(statuses).toEqual(['running', 'running']);
    expect(rows[0]).toMatchObject({ extractionStatus: 'failed', extractionError: 'engine broke', extractionAttempts: 2 });
  });
});
