import { describe, expect, it } from 'vitest';
import { InProcessQueue } from './in-process-queue.ts';
import type { JobContext } from './queue.ts';

type Data = { n: number };

describe('InProcessQueue', () => {
  it('runs each job once, in order, one at a time', async () => {
    const q = new InProcessQueue();
    const seen: number[] = [];
    let running = 0;
    let overlap = false;
    await q.work<Data>('q', async ({ data }) => {
      running++;
      overlap ||= running > 1;
      await new Promise((r) => setImmediate(r));
      seen.push(data.n);
      running--;
    });
    for (let n = 0; n < 5; n++) await q.enqueue('q', { n });
    await q.idle();
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(overlap).toBe(false);
  });

  it('keeps jobs sent before a worker exists and runs them when one starts', async () => {
    const q = new InProcessQueue();
    await q.enqueue('q', { n: 1 });
    const seen: number[] = [];
    await q.work<Data>('q', async ({ data }) => void seen.push(data.n));
    await q.idle();
    expect(seen).toEqual([1]);
  });

  it('retries a throwing job with the attempt number until it succeeds', async () => {
    const q = new InProcessQueue();
    await q.define('q', { maxAttempts: 3, retryDelayMs: 1 });
    const attempts: JobContext<Data>[] = [];
    await q.work<Data>('q', async (job) => {
      attempts.push(job);
      if (job.attempt < 3) throw new Error(`try ${job.attempt}`);
    });
    const id = await q.enqueue('q', { n: 7 });
    await q.idle();
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
    expect(attempts.every((a) => a.id === id && a.maxAttempts === 3 && a.data.n === 7)).toBe(true);
  });

  it('gives up after maxAttempts: the last run knows it is the last', async () => {
    const q = new InProcessQueue();
    await q.define('q', { maxAttempts: 2, retryDelayMs: 1 });
    const finals: boolean[] = [];
    await q.work<Data>('q', async (job) => {
      finals.push(job.attempt >= job.maxAttempts);
      throw new Error('always');
    });
    const errors = console.error;
    console.error = () => {};
    try {
      await q.enqueue('q', { n: 1 });
      await q.idle();
    } finally {
      console.error = errors;
    }
    expect(finals).toEqual([false, true]);
  });

  it('holds one waiting job per key', async () => {
    const q = new InProcessQueue();
    expect(await q.enqueue('q', { n: 1 }, { key: 'doc-1' })).not.toBeNull();
    expect(await q.enqueue('q', { n: 2 }, { key: 'doc-1' })).toBeNull();
    expect(await q.enqueue('q', { n: 3 }, { key: 'doc-2' })).not.toBeNull();
    const seen: number[] = [];
    await q.work<Data>('q', async ({ data }) => void seen.push(data.n));
    await q.idle();
    expect(seen).toEqual([1, 3]);
    // Once run, the key may be queued again.
    expect(await q.enqueue('q', { n: 4 }, { key: 'doc-1' })).not.toBeNull();
    await q.idle();
    expect(seen).toEqual([1, 3, 4]);
  });

  it('stop waits for the running job, drops the waiting ones and refuses new ones', async () => {
    const q = new InProcessQueue();
    const seen: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await q.work<Data>('q', async ({ data }) => {
      if (data.n === 1) await gate;
      seen.push(data.n);
    });
    await q.enqueue('q', { n: 1 });
    await q.enqueue('q', { n: 2 });
    const stopped = q.stop();
    release();
    await stopped;
    expect(seen).toEqual([1]);
    await expect(q.enqueue('q', { n: 3 })).rejects.toThrow(/stopped/);
  });

  it('runs a queue that yields to another only while that one has nothing waiting or running', async () => {
    const q = new InProcessQueue();
    const seen: string[] = [];
    await q.work<Data>('background', async ({ data }) => void seen.push(`b${data.n}`), { yieldTo: 'main' });
    await q.work<Data>('main', async ({ data }) => {
      await new Promise((r) => setImmediate(r));
      seen.push(`m${data.n}`);
    });
    await q.enqueue('main', { n: 1 });
    await q.enqueue('background', { n: 1 });
    await q.enqueue('main', { n: 2 });
    await q.idle();
    expect(seen).toEqual(['m1', 'm2', 'b1']);
  });
});
