import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';

// Prisma's CLI cannot download its schema engine here, so migrations are created and applied
// with the same engine compiled to wasm, through the ordinary `pg` driver adapter.

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const migrationsDir = path.join(root, 'prisma/migrations');
const schemaPath = path.join(root, 'prisma/schema.prisma');
const filters = { externalTables: [], externalEnums: [] };

type Engine = bg.SchemaEngine;
let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), { './schema_engine_bg.js': bg as never });
    const exports = instance.exports as unknown as { __wbindgen_start: () => void };
    (bg as unknown as { __wbg_set_wasm: (e: unknown) => void }).__wbg_set_wasm(instance.exports);
    exports.__wbindgen_start();
  })();
  return wasmReady;
}

export function listMigrations() {
  const dirs = fs.existsSync(migrationsDir)
    ? fs.readdirSync(migrationsDir).filter((d) => fs.existsSync(path.join(migrationsDir, d, 'migration.sql'))).sort()
    : [];
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((d) => ({
      path: d,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok' as const, value: fs.readFileSync(path.join(migrationsDir, d, 'migration.sql'), 'utf8') } },
    })),
  };
}

function schemaFiles() {
  return [{ path: schemaPath, content: fs.readFileSync(schemaPath, 'utf8') }];
}

type AdapterFactory = Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0];
type Disposable = { dispose: () => Promise<void> };

// The engine opens connections through the factory but never closes them; a pool left open
// would keep Prisma's session-level advisory lock and block the next migration. Track and
// close every connection when the engine is done.
function closingFactory(factory: AdapterFactory) {
  const opened: Disposable[] = [];
  const track = <A extends Disposable>(a: A) => (opened.push(a), a);
  const wrapped = Object.create(factory) as AdapterFactory;
  wrapped.connect = async () => track(await factory.connect());
  wrapped.connectToShadowDb = async () => track(await factory.connectToShadowDb());
  return { wrapped, close: () => Promise.allSettled(opened.map((a) => a.dispose())) };
}

type ScriptAdapter = { executeScript: (script: string) => Promise<void>; client?: { query: (sql: string) => Promise<unknown> }; onError?: (e: unknown) => never };

/**
 * @prisma/adapter-pg's executeScript splits a migration on every ";" (also inside comments and
 * function bodies) and runs the pieces one by one. Send the script as one simple query instead:
 * PostgreSQL runs it as one implicit transaction, as Prisma's native engine does.
 */
function wholeScriptPg(url: string): AdapterFactory {
  const factory = new PrismaPg({ connectionString: url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const a = adapter as unknown as ScriptAdapter;
    const { client, onError } = a;
    if (client && onError) {
      a.executeScript = async (script) => {
        try {
          await client.query(script);
        } catch (e) {
          onError.call(a, e);
        }
      };
    }
    return adapter;
  };
  return factory;
}

async function withEngine<T>(target: string | AdapterFactory, run: (engine: Engine) => Promise<T>): Promise<T> {
  await loadWasm();
  const { wrapped, close } = closingFactory(typeof target === 'string' ? wholeScriptPg(target) : target);
  const bound = bindMigrationAwareSqlAdapterFactory(wrapped);
  const engine = await bg.SchemaEngine.new({ datamodels: schemaFiles().map((f) => [f.path, f.content]) }, () => {}, bound);
  try {
    return await run(engine);
  } catch (e) {
    // Engine errors only carry an id; the driver's real message sits in the factory's registry.
    const id = /id#(\d+)/.exec(String((e as Error)?.message ?? e))?.[1];
    const cause = id ? bound.errorRegistry.consumeError(Number(id))?.error : undefined;
    throw new Error(`Migration failed: ${cause ? JSON.stringify(cause) : (e as Error)?.message ?? String(e)}`);
  } finally {
    engine.free();
    if (typeof target === 'string') await close(); // a caller-supplied factory is the caller's to close
  }
}

/** Another process migrating the same server holds Prisma's advisory lock: wait and retry. */
async function retryWhileLocked<T>(attempt: () => Promise<T>, tries = 6): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (e) {
      if (i >= tries || !/advisory lock/i.test(String((e as Error).message))) throw e;
      await new Promise((r) => setTimeout(r, 1000 * i));
    }
  }
}

/** Applies pending migrations; returns the names applied (empty when up to date). */
export async function applyMigrations(url: string): Promise<string[]> {
  return retryWhileLocked(() =>
    withEngine(url, async (engine) => {
      const result = await engine.applyMigrations({ migrationsList: listMigrations(), filters });
      return result.appliedMigrationNames as string[];
    }),
  );
}

/** Names of migrations in the repo that the database has not recorded yet. */
export async function pendingMigrations(url: string): Promise<string[]> {
  return withEngine(url, async (engine) => {
    const status = await engine.diagnoseMigrationHistory({ migrationsList: listMigrations(), optInToShadowDatabase: false, filters });
    const history = status.history as { tag: string; unappliedMigrationNames?: string[] } | null;
    return history?.unappliedMigrationNames ?? [];
  });
}

/**
 * SQL that brings a database holding all current migrations to the schema in schema.prisma.
 * Returns null when there is nothing to migrate. `scratch` must be an empty database
 * (the pg adapter cannot introspect the `char` columns this needs, so callers pass PGlite's).
 */
export async function diffSchema(scratch: AdapterFactory): Promise<string | null> {
  return withEngine(scratch, async (engine) => {
    await engine.applyMigrations({ migrationsList: listMigrations(), filters });
    const files = schemaFiles();
    const { stdout } = await engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: root },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters,
    } as never);
    const sql = (stdout as string | null) ?? '';
    return sql.trim() === '' || sql.startsWith('-- This is an empty migration.') ? null : sql;
  });
}

export function writeMigration(name: string, sql: string): string {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name.replace(/[^a-z0-9_]+/gi, '_').toLowerCase()}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
  const lock = path.join(migrationsDir, 'migration_lock.toml');
  if (!fs.existsSync(lock)) {
    fs.writeFileSync(lock, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n');
  }
  return dir;
}
