// npm run bench [-- --quick] [--docs N]: every benchmark in turn, each printing its table and
// writing bench/results/<name>.json — extraction (engine), comparison (compare), ingest into
// PostgreSQL with 1 and 2 workers (ingest), the read path under load on the ingested corpus
// (read), the demo comparison with 1 and 2 web processes (demo), and two web instances + two workers on one database (scale-out).
// --quick: small sizes, a few minutes in all; CI runs it as a smoke test (it asserts that each
// benchmark runs and its checks hold, never a speed). Needs PostgreSQL (DATABASE_URL or
// TEST_DATABASE_URL) for ingest, read and scale-out, and builds the app when no build exists.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, docs: { type: 'string' }, only: { type: 'string' } } });
const quick = values.quick ?? false;
const docs = values.docs ?? (quick ? '600' : '100000');
const server = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? '';
const onPostgres = /^postgres(ql)?:/.test(server);
const ingestDatabase = onPostgres ? Object.assign(new URL(server), { pathname: '/claimscope_bench_ingest' }).toString() : '';

type Step = { name: string; script: string; args: string[]; postgres?: boolean; build?: boolean };
const steps: Step[] = [
  { name: 'engine', script: 'scripts/bench-engine.ts', args: quick ? ['--mb', '1', '--cli-mb', '1', '--compromise-mb', '0.2'] : [] },
  { name: 'compare', script: 'scripts/bench-compare.ts', args: quick ? ['--quick'] : [] },
  // The full run measures ingest (extraction) and leaves topic suggestion to run afterwards (its
  // pace is reported by --suggestions wait on smaller runs); the quick run waits for it, so the
  // read step has topics to show.
  { name: 'ingest', script: 'scripts/bench-ingest.ts', args: ['--docs', docs, '--workers', quick ? '2' : '1,2', '--keep', '--suggestions', quick ? 'wait' : 'skip'], postgres: true },
  ...(quick ? [] : [{ name: 'topics', script: 'scripts/bench-topics.ts', args: ['--url', ingestDatabase, '--seconds', '240'], postgres: true }]),
  { name: 'read', script: 'scripts/bench-read.ts', args: ['--url', ingestDatabase, ...(quick ? ['--quick'] : [])], postgres: true, build: true },
  { name: 'demo', script: 'scripts/bench-demo.ts', args: quick ? ['--seconds', '3'] : [], postgres: true, build: true },
  { name: 'scale-out', script: 'scripts/bench-scale-out.ts', args: ['--docs', quick ? '300' : '2000', '--seconds', quick ? '3' : '10'], postgres: true, build: true },
];

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' };
const selected = values.only ? steps.filter((s) => values.only!.split(',').includes(s.name)) : steps;
const outcome: string[] = [];
let failed = false;
for (const step of selected) {
  if (step.postgres && !onPostgres) {
    outcome.push(`${step.name}: skipped (needs PostgreSQL: set DATABASE_URL or TEST_DATABASE_URL to postgres://…)`);
    continue;
  }
  if (step.build && !fs.existsSync('.next/BUILD_ID')) {
    console.log('\n=== bench: no production build yet, running next build ===');
    if (spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env }).status !== 0) {
      outcome.push(`${step.name}: FAILED (next build failed)`);
      failed = true;
      continue;
    }
  }
  console.log(`\n=== bench: ${step.name} ${step.args.join(' ')} ===`);
  const started = performance.now();
  const { status } = spawnSync('node_modules/.bin/tsx', [step.script, ...step.args], { stdio: 'inherit', env });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  outcome.push(`${step.name}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`} in ${seconds} s`);
  failed ||= status !== 0;
}
console.log(`\n=== bench summary${quick ? ' (--quick)' : ''} ===\n${outcome.join('\n')}`);
process.exit(failed ? 1 : 0);
