import { spawn, type ChildProcess } from 'node:child_process';

// The CLI as a child process against a test database (bin/claimscope.js, as users run it).

export type CliRun = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

export function startCli(args: string[], databaseUrl: string, script = 'bin/claimscope.js'): { child: ChildProcess; done: Promise<CliRun>; output: { stdout: string; stderr: string } } {
  const child = spawn('node', [...(script ? [script] : []), ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d: Buffer) => (output.stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output.stderr += d.toString()));
  const done = new Promise<CliRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, ...output })));
  return { child, done, output };
}

export function spawnCli(args: string[], databaseUrl: string): Promise<CliRun> {
  return startCli(args, databaseUrl).done;
}

/** Resolves once the child's stderr matches `pattern` (or rejects when it exits first). */
export function waitForStderr(run: ReturnType<typeof startCli>, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => pattern.test(run.output.stderr) && (run.child.stderr!.off('data', check), resolve());
    run.child.stderr!.on('data', check);
    run.done.then((r) => reject(new Error(`the CLI exited (${r.code ?? r.signal}) before ${pattern}: ${r.stderr}`)), reject);
  });
}
