import fs from 'node:fs';

// Resident memory of other processes, read from /proc (Linux): the ingest benchmark samples its
// importer and worker child processes once a second.

export type ProcessMemory = { rssBytes: number; peakRssBytes: number };

export function readProcessMemory(pid: number): ProcessMemory | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rssBytes: kb('VmRSS'), peakRssBytes: kb('VmHWM') };
  } catch {
    return null; // exited
  }
}

/** Samples a process's RSS every `intervalMs`: the peak, and the RSS at the first and last sample (flat or growing). */
export class MemorySampler {
  peakRssBytes = 0;
  firstRssBytes = 0;
  lastRssBytes = 0;
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly pid: number, intervalMs = 1000) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  sample(): void {
    const m = readProcessMemory(this.pid);
    if (!m) return;
    if (!this.firstRssBytes) this.firstRssBytes = m.rssBytes;
    this.lastRssBytes = m.rssBytes;
    this.peakRssBytes = Math.max(this.peakRssBytes, m.peakRssBytes, m.rssBytes);
  }

  stop(): void {
    this.sample();
    clearInterval(this.timer);
  }
}
