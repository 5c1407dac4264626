import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_DELAY_MS, errorMessage, type BatchJobHandler, type EnqueueOptions, type JobHandler, type JobQueue, type QueueSettings, type WorkOptions } from './queue.ts';

// The queue on a PostgreSQL server: pg-boss keeps jobs in its own schema (`pgboss`), hands each
// job to exactly one worker (SELECT … FOR UPDATE SKIP LOCKED), retries failures with backoff and
// keeps failed jobs with their error. Any number of `npm run worker` processes share it; the web
// server only sends.

export type PgBossQueueOptions = {
  /** Seconds between polls of an idle worker (pg-boss minimum 0.5). */
  pollingIntervalSeconds?: number;
  /** Jobs run at once by this process's worker, per queue. */
  concurrency?: number;
  /** A running job not finished after this long is taken as crashed and retried. */
  expireInSeconds?: number;
};

const ENQUEUE_CHUNK = 1000;

// Workers started together install pg-boss's schema and create the same queues at the same time;
// PostgreSQL then aborts one of the colliding DDL transactions (deadlock, or a unique violation
// on the catalog). Such a start is simply tried again after a short random pause.
const START_ATTEMPTS = 5;
const isStartCollision = (e: unknown) => ['40P01', '23505', '40001', '42P07'].includes((e as { code?: string }).code ?? '') || /deadlock detected|already exists/i.test(errorMessage(e));
const pause = (attempt: number) => new Promise((r) => setTimeout(r, 100 * attempt + Math.random() * 400));

async function retryCollisions<T>(work: () => Promise<T>, before?: () => Promise<void>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      if (attempt >= START_ATTEMPTS || !isStartCollision(e)) throw e;
      await pause(attempt);
      await before?.();
    }
  }
}

export class PgBossQueue implements JobQueue {
  readonly kind = 'pg-boss' as const;
  private boss: PgBoss;
  private started: Promise<unknown> | undefined;
  private readonly defined = new Set<string>();
  /** The loops of work() with yieldTo: stop() ends them and waits for their running job. */
  private readonly loops: Promise<void>[] = [];
  private stopping = false;

  constructor(private readonly connectionString: string, private readonly options: PgBossQueueOptions = {}) {
    this.boss = this.createBoss();
  }

  private createBoss(): PgBoss {
    const boss = new PgBoss({ connectionString: this.connectionString, max: 4, expireInSeconds: this.options.expireInSeconds ?? 15 * 60 });
    // pg-boss emits errors of its background maintenance; without a listener they would crash.
    boss.on('error', (e) => console.error('pg-boss:', e instanceof Error ? e.message : e));
    return boss;
  }

  private start() {
    // A start that collided with another process's is retried on a fresh instance.
    this.started ??= retryCollisions(
      () => this.boss.start(),
      async () => {
        await this.boss.stop({ graceful: false, wait: true }).catch(() => {});
        this.boss = this.createBoss();
      },
    );
    return this.started;
  }

  async define(name: string, settings: QueueSettings = {}): Promise<void> {
    await this.start();
    if (this.defined.has(name)) return;
    const queue = {
      name,
      // 'short': at most one waiting job per singletonKey (a document is queued once).
      policy: 'short' as const,
      retryLimit: (settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS) - 1,
      retryDelay: Math.max(1, Math.round((settings.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS) / 1000)),
      retryBackoff: true,
    };
    await retryCollisions(async () => {
      if (await this.boss.getQueue(name)) await this.boss.updateQueue(name, queue);
      else await this.boss.createQueue(name, queue).catch(async (e) => {
        // Another process created it between our check and our insert.
        if (!(await this.boss.getQueue(name))) throw e;
      });
    });
    this.defined.add(name);
  }

  async enqueue<T extends object>(name: string, data: T, options: EnqueueOptions = {}): Promise<string | null> {
    await this.define(name);
    // The 'short' policy dedupes by COALESCE(singletonKey, ''): a job without a key gets a key of
    // its own, or all keyless jobs would count as one.
    return this.boss.send(name, data, { singletonKey: options.key ?? `job:${randomUUID()}` });
  }

  async enqueueMany<T extends object>(name: string, jobs: { data: T; key?: string }[]): Promise<void> {
    await this.define(name);
    // One INSERT … ON CONFLICT DO NOTHING per chunk: the 'short' policy's unique index drops a
    // job whose key waits already, as send() does one at a time.
    for (let i = 0; i < jobs.length; i += ENQUEUE_CHUNK) {
      const chunk = jobs.slice(i, i + ENQUEUE_CHUNK);
      await this.boss.insert(chunk.map((j) => ({ name, data: j.data, singletonKey: j.key ?? `job:${randomUUID()}` })));
    }
  }

  async work<T extends object>(name: string, handler: JobHandler<T>, options: WorkOptions = {}): Promise<void> {
    await this.define(name);
    if (options.yieldTo) {
      this.loops.push(this.yieldingLoop(name, handler, options.yieldTo));
      return;
    }
    const run = async ([job]: PgBoss.JobWithMetadata<T>[]) =>
      handler({ id: job.id, name: job.name, data: job.data, attempt: job.retryCount + 1, maxAttempts: job.retryLimit + 1 });
    const workers = Math.max(1, this.options.concurrency ?? 1);
    for (let i = 0; i < workers; i++) {
      await this.boss.work<T>(name, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 2 }, run);
    }
  }

  async workBatch<T extends object>(name: string, handler: BatchJobHandler<T>, batchSize: number): Promise<void> {
    await this.define(name);
    const workers = Math.max(1, this.options.concurrency ?? 1);
    for (let i = 0; i < workers; i++) this.loops.push(this.batchLoop(name, handler, batchSize));
  }

  /**
   * Fetches up to `batchSize` jobs and, when it found some, fetches again at once. pg-boss's own
   * work() waits out the rest of its polling interval after every batch, which capped a worker at
   * one batch per interval however fast the batch ran. The failed jobs are failed (retried or
   * failed for good), the others completed.
   */
  private async batchLoop<T extends object>(name: string, handler: BatchJobHandler<T>, batchSize: number): Promise<void> {
    const pause = () => new Promise((r) => setTimeout(r, (this.options.pollingIntervalSeconds ?? 2) * 1000));
    while (!this.stopping) {
      try {
        const jobs = await this.boss.fetch<T>(name, { batchSize, includeMetadata: true });
        if (jobs.length === 0) {
          await pause();
          continue;
        }
        const failed = await handler(jobs.map((job) => ({ id: job.id, name: job.name, data: job.data, attempt: job.retryCount + 1, maxAttempts: job.retryLimit + 1 })));
        for (const [id, e] of failed) await this.boss.fail(name, id, { message: errorMessage(e) });
        const done = jobs.map((j) => j.id).filter((id) => !failed.has(id));
        if (done.length) await this.boss.complete(name, done);
      } catch (e) {
        if (this.stopping) return;
        console.error(`queue ${name}:`, errorMessage(e));
        await pause();
      }
    }
  }

  /**
   * pg-boss's work() polls regardless of other queues: this loop fetches one job at a time, and
   * only when `yieldTo` has no job waiting (created or retry), so e.g. topic suggestion uses the
   * CPU only when extraction leaves it idle. Completes or fails the job as work() would.
   */
  private async yieldingLoop<T extends object>(name: string, handler: JobHandler<T>, yieldTo: string): Promise<void> {
    const pause = () => new Promise((r) => setTimeout(r, (this.options.pollingIntervalSeconds ?? 2) * 1000));
    while (!this.stopping) {
      try {
        if ((await this.boss.getQueueSize(yieldTo)) > 0) {
          await pause();
          continue;
        }
        const [job] = await this.boss.fetch<T>(name, { batchSize: 1, includeMetadata: true });
        if (!job) {
          await pause();
          continue;
        }
        try {
          await handler({ id: job.id, name: job.name, data: job.data, attempt: job.retryCount + 1, maxAttempts: job.retryLimit + 1 });
          await this.boss.complete(name, job.id);
        } catch (e) {
          await this.boss.fail(name, job.id, { message: errorMessage(e) });
        }
      } catch (e) {
        if (this.stopping) return;
        console.error(`queue ${name}:`, errorMessage(e));
        await pause();
      }
    }
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    await this.started;
    this.stopping = true;
    await Promise.allSettled(this.loops.splice(0));
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    this.started = undefined;
    this.stopping = false;
  }
}
