// End-to-end CLI benchmark: spawns `claimscope extract --jsonl` the way a user runs it
// (node bin/claimscope.js), feeds it a file on stdin and times the whole process, start-up included.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MB } from './measure.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/claimscope.js');
// GNU time reports the child's CPU time, which other load on a shared machine inflates far less
// than wall time. Without it only wall time is reported.
const GNU_TIME = '/usr/bin/time';

export type CliRun = {
  args: string[];
  seconds: number;
  /** User + system CPU seconds of the CLI process, when GNU time is available. */
  cpuSeconds: number | null;
  inputBytes: number;
  outputLines: number;
  exitCode: number | null;
};

function readCpuSeconds(file: string): number | null {
  try {
    const [user, system] = readFileSync(file, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
    return Number.isFinite(user + system) ? user + system : null;
  } catch {
    return null;
  }
}

/** Runs the CLI once with `input` (a file path, or null for an empty stdin) and waits for it to exit. */
export function runCli(args: string[], inputFile: string | null, inputBytes = 0): Promise<CliRun> {
  const stdin = inputFile ? openSync(inputFile, 'r') : 'ignore';
  const timeDir = existsSync(GNU_TIME) ? mkdtempSync(path.join(tmpdir(), 'claimscope-time-')) : null;
  const timeFile = timeDir && path.join(timeDir, 'cpu');
  const command = timeFile ? [GNU_TIME, '-f', '%U %S', '-o', timeFile, process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), { stdio: [stdin, 'pipe', 'inherit'] });
  if (typeof stdin === 'number') closeSync(stdin);
  let outputLines = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outputLines += 1;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const seconds = (performance.now() - started) / 1000;
      const cpuSeconds = timeFile ? readCpuSeconds(timeFile) : null;
      if (timeDir) rmSync(timeDir, { recursive: true, force: true });
      resolve({ args, seconds, cpuSeconds, inputBytes, outputLines, exitCode });
    });
  });
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median wall time of `runs` start-ups (no input): the cost paid by every CLI call. */
export async function measureStartup(args: string[], runs: number): Promise<CliRun> {
  const results: CliRun[] = [];
  for (let i = 0; i < runs; i += 1) results.push(await runCli(args, null));
  const failed = results.find((r) => r.exitCode !== 0);
  if (failed) throw new Error(`claimscope ${args.join(' ')} exited with ${failed.exitCode}`);
  const cpu = results.map((r) => r.cpuSeconds);
  return { ...results[0], seconds: median(results.map((r) => r.seconds)), cpuSeconds: cpu.includes(null) ? null : median(cpu as number[]) };
}

/** Writes `jsonl` to a temporary file and runs the CLI over it once. */
export async function measureJsonl(args: string[], jsonl: string, expectedLines: number): Promise<CliRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimscope-bench-'));
  const file = path.join(dir, 'input.jsonl');
  try {
    writeFileSync(file, jsonl);
    const run = await runCli(args, file, Buffer.byteLength(jsonl, 'utf8'));
    if (run.exitCode !== 0) throw new Error(`claimscope ${args.join(' ')} exited with ${run.exitCode}`);
    if (run.outputLines !== expectedLines) {
      throw new Error(`claimscope ${args.join(' ')} wrote ${run.outputLines} lines for ${expectedLines} input lines`);
    }
    return run;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const cliMegabytesPerSecond = (run: CliRun): number => run.inputBytes / MB / run.seconds;
