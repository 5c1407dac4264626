// Cached esbuild bundles: the CLI's for commands that need no database (extract, help, --help,
// --version): one plain JS file starts in a fraction of the time tsx needs to load ~50 TypeScript
// modules; and the queue worker's (bin/worker.js), which saves tsx's transpiler and module
// copies (~110 MB of RSS per worker process). Built on the first run and rebuilt whenever one of
// its source files changed (content hash), so there is no build step; npm packages stay external
// (node_modules).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// One level below the root, like cli/index.ts, so its `../package.json` still resolves.
const CACHE_DIR = path.join(ROOT, '.cache');
const CLI = { in: 'cli/index.ts', out: 'claimscope-cli', database: false };
/** The worker runs on PostgreSQL only: the database layer is in its bundle (it resolves no files from import.meta.url). */
export const WORKER = { in: 'scripts/worker.ts', out: 'claimscope-worker', database: true };
// Part of the cache key with the Node version; this file itself is hashed too.
const FORMAT = 6;
const ENGINE_DIR = `${path.join(ROOT, 'lib/engine')}${path.sep}`;

/** Commands the bundle can run: everything else may load the database layer, which stays on tsx. */
export function canUseBundle(argv) {
  const command = argv.slice(2).find((arg) => !arg.startsWith('-'));
  return command === undefined || command === 'extract' || command === 'help';
}

const hashInputs = (files) => {
  const hash = createHash('sha256').update(`${FORMAT}\0${process.version}\0`);
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(path.join(ROOT, file))).update('\0');
  return hash.digest('hex');
};

const bundleFile = (entry) => path.join(CACHE_DIR, `${entry.out}.mjs`);
const manifestFile = (entry) => path.join(CACHE_DIR, `${entry.out}.json`);

function isFresh(entry) {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile(entry), 'utf8'));
    return manifest.format === FORMAT && existsSync(bundleFile(entry)) && manifest.hash === hashInputs(manifest.inputs);
  } catch {
    return false;
  }
}

// Dynamic imports outside the engine (services, database) stay out of the bundle: only the
// commands that need them use them, and those run on tsx.
const keepDynamicImportsExternal = {
  name: 'keep-dynamic-imports-external',
  setup(build) {
    build.onResolve({ filter: /\.ts$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const resolved = path.resolve(args.resolveDir, args.path);
      return resolved.startsWith(ENGINE_DIR) ? undefined : { path: pathToFileURL(resolved).href, external: true };
    });
  },
};

async function build(entry) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [{ in: entry.in, out: entry.out }],
    outdir: CACHE_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // esbuild 0.28 rewrites /\p{…}/u literals to `new RegExp(…)` for node20, which builds a fresh
    // RegExp on every call of the function holding it (~0.1 µs each, hot in the engine's per-token
    // rules). Node supports Unicode property escapes since v10: keep the literals.
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: ROOT,
    alias: { tinyld: './bin/lazy-tinyld.js' },
    // The worker needs its dynamic imports (pg-boss queue) in the bundle; the CLI keeps them on tsx.
    plugins: entry.database ? [] : [keepDynamicImportsExternal],
  });
  const inputs = [...Object.keys(result.metafile.inputs), 'bin/cli-bundle.js', 'tsconfig.json', 'package.json'].sort();
  // The database layer resolves files from import.meta.url, which a bundle would move: if it ever
  // becomes a static import of these commands, stay on tsx rather than ship a broken bundle.
  if (!entry.database && inputs.some((file) => /^lib\/(?:db|generated)\//.test(file))) throw new Error('bundle would include the database layer');
  if (entry.database && inputs.includes('lib/db/migrate.ts')) throw new Error('bundle would include the migrations, which resolve files from import.meta.url');
  mkdirSync(CACHE_DIR, { recursive: true });
  const suffix = `.${process.pid}.tmp`;
  for (const file of result.outputFiles) {
    writeFileSync(file.path + suffix, file.contents);
    renameSync(file.path + suffix, file.path);
  }
  writeFileSync(manifestFile(entry) + suffix, JSON.stringify({ format: FORMAT, hash: hashInputs(inputs), inputs }));
  renameSync(manifestFile(entry) + suffix, manifestFile(entry));
}

/** The bundle's URL (the CLI's by default), built or rebuilt as needed; null when it cannot be built or written. */
export async function prepareBundle(entry = CLI) {
  if (isFresh(entry)) return pathToFileURL(bundleFile(entry)).href;
  try {
    await build(entry);
    return pathToFileURL(bundleFile(entry)).href;
  } catch {
    return null;
  }
}
