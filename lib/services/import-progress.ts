// Counting a long import: rate and time left, for the CLI's progress bar and plain lines.

export type ProgressCounts = { created: number; unchanged: number; failed: number };

/** Seconds as m:ss or h:mm:ss. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
}

export class ImportProgress {
  readonly counts: ProgressCounts = { created: 0, unchanged: 0, failed: 0 };
  done = 0;
  private readonly started: number;

  constructor(
    readonly total: number,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** Starts a new pass over the same files (the atomic batch checks them all, then stores them). */
  restart(): ImportProgress {
    return new ImportProgress(this.total, this.now);
  }

  record(status: keyof ProgressCounts | 'checked'): void {
    this.done++;
    if (status !== 'checked') this.counts[status]++;
  }

  elapsedSeconds(): number {
    return (this.now() - this.started) / 1000;
  }

  /** Documents per second so far. */
  rate(): number {
    const s = this.elapsedSeconds();
    return s > 0 ? this.done / s : 0;
  }

  /** Seconds left at the rate so far (0 when all are done), or null before there is a rate. */
  etaSeconds(): number | null {
    if (this.done >= this.total) return 0;
    const rate = this.rate();
    return rate > 0 ? (this.total - this.done) / rate : null;
  }

  /** e.g. "imported 120/1000 (35/s, ETA 0:25)" */
  line(verb: string): string {
    const eta = this.etaSeconds();
    return `${verb} ${this.done}/${this.total} (${formatRate(this.rate())}/s, ETA ${eta === null ? '?' : formatDuration(eta)})`;
  }
}

export function formatRate(rate: number): string {
  return rate >= 10 ? String(Math.round(rate)) : rate.toFixed(1);
}
