import { describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { InProcessQueue } from './in-process-queue.ts';
import { startExtractionWorker } from './extraction-worker.ts';

// Restart pickup on the in-process queue, with the document table faked in memory (the real
// tables: tests/integration/extraction-jobs.test.ts).

type Row = { id: string; extractionStatus: string; extractionAttempts: number; extractionError: string | null; createdAt: Date };

function fakeDb(rows: Row[]): Db {
  const matches = (r: Row, where: { id?: string; extractionStatus?: { in?: string[]; not?: string } }) =>
    (!where.id || r.id === where.id) &&
    (!where.extractionStatus?.in || where.extractionStatus.in.includes(r.extractionStatus)) &&
    (!where.extractionStatus?.not || r.extractionStatus !== where.extractionStatus.not);
  const document = {
    findMany: async ({ where }: { where: Parameters<typeof matches>[1] }) => rows.filter((r) => matches(r, where)).map((r) => ({ id: r.id })),
    updateMany: async ({ where, data }: { where: Parameters<typeof matches>[1]; data: Record<string, unknown> }) => {
      const hit = rows.filter((r) => matches(r, where));
      for (const r of hit) {
        const { extractionAttempts, ...rest } = data as { extractionAttempts?: { increment: number } };
        Object.assign(r, rest);
        if (extractionAttempts) r.extractionAttempts += extractionAttempts.increment;
      }
      return { count: hit.length };
    },
  };
  return { document } as unknown as Db;
}

const row = (id: string, extractionStatus: string): Row => ({ id, extractionStatus, extractionAttempts: 0, extractionError: null, createdAt: new Date() });

describe('the extraction worker on the in-process queue', () => {
  it('picks up documents left queued or running by the previous process, and only those', async () => {
    const rows = [row('a', 'queued'), row('b', 'running'), row('c', 'done'), row('d', 'failed')];
    const extracted: string[] = [];
    const queue = new InProcessQueue();
    const worker = await startExtractionWorker(fakeDb(rows), queue, {
      steps: { extract: async (_db, id) => void extracted.push(id), suggest: async () => {} },
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
          extract: async () => {
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
