// Child processes for the benchmarks that run the real pieces (web servers, workers, the CLI):
// start them, wait until they are ready, sample their memory from /proc, stop them with their
// children.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

/** Resident set size (MB) of a process and all its descendants, from /proc. */
export function treeRssMb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number)) {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(pid, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return Math.round(total);
}

/** Samples the RSS of named processes every `ms`; `peaks()` gives the highest value seen per name. */
export function rssSampler(targets: () => Record<string, number | undefined>, ms = 1000) {
  const peak: Record<string, number> = {};
  const timer = setInterval(() => {
    for (const [name, pid] of Object.entries(targets())) if (pid) peak[name] = Math.max(peak[name] ?? 0, treeRssMb(pid));
  }, ms);
  timer.unref();
  return { peaks: () => ({ ...peak }), stop: () => clearInterval(timer) };
}

export type Started = { child: ChildProcess; output: () => string };

/** Spawns a process in its own group and resolves when its output matches `ready`. */
export function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp, timeoutMs = 120_000): Promise<Started> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} ${args.join(' ')} was not ready after ${timeoutMs / 1000} s:\n${log.slice(-2000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.length > 100_000) log = log.slice(-50_000);
      if (ready.test(log)) {
        clearTimeout(timer);
        resolve({ child, output: () => log });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} exited (${code}) before it was ready:\n${log.slice(-2000)}`));
    });
  });
}

/** Stops a started process and its children (SIGTERM to the group, SIGKILL after `graceMs`). */
export async function stopProcess(child: ChildProcess | undefined, graceMs = 10_000): Promise<void> {
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone already
    }
  }, graceMs);
  await exited;
  clearTimeout(timer);
}
