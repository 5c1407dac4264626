import { randomUUID } from 'node:crypto';
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_DELAY_MS, type EnqueueOptions, type JobHandler, type JobQueue, type QueueSettings, type BatchJobHandler, type WorkOptions } from './queue.ts';

// The queue for the embedded database: PGlite serves one process's connections through a socket,
// and pg-boss's polling and advisory locks through it are not reliable, so the process that owns
// the web server runs its jobs itself, one at a time per queue (extraction is CPU work that
// would otherwise compete with requests). Jobs live in memory: what survives a restart is the
// state the handlers keep in our tables, and the worker enqueues those rows again on start
// (lib/jobs/extraction-worker.ts).

type Job = { id: string; name: string; data: object; attempt: number; key?: string };

export class InProcessQueue implements JobQueue {
  readonly kind = 'in-process' as const;
  private readonly settings = new Map<string, Required<QueueSettings>>();
  private readonly handlers = new Map<string, JobHandler<object>>();
  private readonly yields = new Map<string, string>();
  private readonly waiting = new Map<string, Job[]>();
  private readonly delayed = new Map<ReturnType<typeof setTimeout>, Job>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly idleWaiters: (() => void)[] = [];
  private stopped = false;

  async define(name: string, settings: QueueSettings = {}): Promise<void> {
    if (this.settings.has(name)) return;
    this.settings.set(name, {
      maxAttempts: settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      retryDelayMs: settings.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS,
    });
  }

  async enqueue<T extends object>(name: string, data: T, options: EnqueueOptions = {}): Promise<string | null> {
    if (this.stopped) throw new Error(`queue ${name}: the queue is stopped`);
    if (!this.settings.has(name)) await this.define(name);
    const pending = [...(this.waiting.get(name) ?? []), ...this.delayed.values()];
    if (options.key && pending.some((j) => j.name === name && j.key === options.key)) return null;
    const job: Job = { id: randomUUID(), name, data, attempt: 1, key: options.key };
    this.waiting.set(name, [...(this.waiting.get(name) ?? []), job]);
    this.pump(name);
    return job.id;
  }

  async enqueueMany<T extends object>(name: string, jobs: { data: T; key?: string }[]): Promise<void> {
    for (const job of jobs) await this.enqueue(name, job.data, { key: job.key });
  }

  async work<T extends object>(name: string, handler: JobHandler<T>, options: WorkOptions = {}): Promise<void> {
    if (!this.settings.has(name)) await this.define(name);
    this.handlers.set(name, handler as JobHandler<object>);
    if (options.yieldTo) this.yields.set(name, options.yieldTo);
    this.pump(name);
  }

  /** One job at a time here: a batch of one. */
  async workBatch<T extends object>(name: string, handler: BatchJobHandler<T>): Promise<void> {
    await this.work<T>(name, async (job) => {
      const failed = await handler([job]);
      if (failed.has(job.id)) throw failed.get(job.id);
    });
  }

  /** Resolves when no job waits, runs or waits for a retry (tests; shutdown). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.delayed.keys()) clearTimeout(timer);
    this.delayed.clear();
    this.waiting.clear();
    await Promise.allSettled(this.running.values());
    this.notifyIdle();
  }

  private isIdle(): boolean {
    return this.running.size === 0 && this.delayed.size === 0 && [...this.waiting.values()].every((q) => q.length === 0);
  }

  private notifyIdle() {
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private pump(name: string) {
    const handler = this.handlers.get(name);
    const queue = this.waiting.get(name);
    if (this.stopped || !handler || this.running.has(name) || !queue?.length) return this.notifyIdle();
    const first = this.yields.get(name);
    if (first && (this.running.has(first) || this.waiting.get(first)?.length)) return; // pumped again when that queue's job ends
    const job = queue.shift()!;
    const run = this.run(handler, job).finally(() => {
      this.running.delete(name);
      this.pump(name);
      for (const [other, yieldTo] of this.yields) if (yieldTo === name) this.pump(other);
    });
    this.running.set(name, run);
  }

  private async run(handler: JobHandler<object>, job: Job) {
    const { maxAttempts, retryDelayMs } = this.settings.get(job.name)!;
    try {
      await handler({ id: job.id, name: job.name, data: job.data, attempt: job.attempt, maxAttempts });
    } catch (e) {
      if (job.attempt >= maxAttempts || this.stopped) {
        // The handler recorded the failure in its own table; log it like pg-boss keeps it.
        console.error(`job ${job.name} ${job.id} failed after ${job.attempt} attempt(s):`, e instanceof Error ? e.message : e);
        return;
      }
      const timer = setTimeout(() => {
        this.delayed.delete(timer);
        this.waiting.set(job.name, [...(this.waiting.get(job.name) ?? []), { ...job, attempt: job.attempt + 1 }]);
        this.pump(job.name);
      }, retryDelayMs * 2 ** (job.attempt - 1));
      timer.unref?.();
      this.delayed.set(timer, job);
    }
  }
}
