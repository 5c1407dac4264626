// Every benchmark writes its figures to bench/results/<name>.json, with the machine they were
// taken on, so a run can be compared with the next one (and cited) without re-reading the log.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const RESULTS_DIR = path.resolve(import.meta.dirname, '../../bench/results');

export function machine() {
  return { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
}

/** Writes bench/results/<name>.json ({ benchmark, takenAt, machine, ...figures }) and returns its path. */
export function writeResults(name: string, figures: Record<string, unknown>): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ benchmark: name, takenAt: new Date().toISOString(), machine: machine(), ...figures }, null, 2)}\n`);
  return file;
}
