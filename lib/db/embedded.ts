import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { keepExtendedBatchesTogether } from './socket-queue.ts';

// PGlite allows one process per data directory; a second opener silently loses rows.
// So the first process to open a directory becomes its owner: it opens PGlite and serves it
// over a loopback Postgres socket, and records pid + port in a lock file. Every process,
// the owner included, talks to the database through that socket with the ordinary `pg`
// driver, so transactions from the web server and the CLI are serialized by one queue.

export type EmbeddedLock = { pid: number; port: number; dir: string };

type Owner = { db: PGlite; server: PGLiteSocketServer; url: string; lockPath: string };

const globalForOwner = globalThis as unknown as { claimscopeOwners?: Map<string, Promise<Owner>> };
const owners = (globalForOwner.claimscopeOwners ??= new Map());

export function lockPathFor(dir: string): string {
  return path.join(path.dirname(dir), `.${path.basename(dir)}.lock`);
}

function urlFor(port: number) {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function readLock(lockPath: string): EmbeddedLock | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as EmbeddedLock;
  } catch {
    return null;
  }
}

async function becomeOwner(dir: string, lockPath: string): Promise<Owner> {
  fs.mkdirSync(dir, { recursive: true });
  const db = new PGlite(dir, { extensions: { pg_trgm } });
  await db.waitReady;
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 64 });
  keepExtendedBatchesTogether(server);
  await server.start();
  const port = Number(server.getServerConn().split(':').pop());
  const lock: EmbeddedLock = { pid: process.pid, port, dir };
  fs.writeFileSync(lockPath, JSON.stringify(lock));
  const release = () => {
    if (readLock(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
  };
  process.once('exit', release);
  return { db, server, url: urlFor(port), lockPath };
}

/**
 * Returns a Postgres URL for the embedded database in `dir`, opening it (and becoming its
 * owner) if no live process owns it yet.
 */
export async function connectEmbedded(dir: string): Promise<string> {
  const existing = owners.get(dir);
  if (existing) return (await existing).url;
  const lockPath = lockPathFor(dir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  // Up to ~60 s: opening PGlite on a busy machine can take several seconds.
  for (let attempt = 0; attempt < 600; attempt++) {
    let fd: number | undefined;
    try {
      fd = fs.openSync(lockPath, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (fd !== undefined) {
      fs.writeFileSync(fd, JSON.stringify({ pid: process.pid, port: 0, dir }));
      fs.closeSync(fd);
      const owner = becomeOwner(dir, lockPath);
      owners.set(dir, owner);
      owner.catch(() => (owners.delete(dir), fs.rmSync(lockPath, { force: true })));
      return (await owner).url;
    }
    const lock = readLock(lockPath);
    if (lock && isAlive(lock.pid)) {
      if (lock.port > 0 && (await canConnect(lock.port))) return urlFor(lock.port);
    } else if (lock || attempt > 5) {
      fs.rmSync(lockPath, { force: true }); // stale: its owner died without cleaning up
      continue;
    }
    await new Promise((r) => setTimeout(r, 100)); // owner is still starting
  }
  throw new Error(`The embedded database at ${dir} is held by process ${readLock(lockPath)?.pid ?? '?'}, which does not answer. If no Claimscope process is running, delete ${lockPath}.`);
}

/** Stops serving and closes the embedded database this process owns (if any). */
export async function closeEmbedded(dir?: string): Promise<void> {
  for (const [key, pending] of owners) {
    if (dir && key !== dir) continue;
    owners.delete(key);
    const owner = await pending;
    await owner.server.stop();
    await owner.db.close();
    if (readLock(owner.lockPath)?.pid === process.pid) fs.rmSync(owner.lockPath, { force: true });
  }
}
