import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { getDb } from '../database.ts';
import type { Db } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import type { Fetcher, ImportFlags, ImportPlan, SkippedFile } from '../../lib/services/import-files.ts';
import type { BatchEvent, BatchFailure, BatchItem, BatchOptions, ReadStream } from '../../lib/services/import-batch.ts';
import { formatDuration, formatRate, ImportProgress } from '../../lib/services/import-progress.ts';
import { createProgressReporter } from '../progress.ts';

export type ImportCommandFlags = ImportFlags & { replace?: string; queue?: boolean };
export type ImportIo = { stdout: Writable; stderr: Writable; db: () => Promise<Db>; /** tests inject a fake fetcher */ fetch?: Fetcher };

const line = (out: Writable, text: string) => out.write(`${text}\n`);

function describe(r: BatchItem, i: number, total: number): string {
  const extra = r.status === 'created' ? ` (${r.claims} claims)` : '';
  const overLong = r.overLong ? `; ${r.overLong} sentence(s) over the claim-length cap were not made claims` : '';
  return `[${i + 1}/${total}] ${r.status.padEnd(9)} ${r.id}  ${r.title}${extra}${overLong}`;
}

const failureLine = (f: BatchFailure) => `  failed ${f.message.startsWith(f.name) ? f.message : `${f.name}: ${f.message}`}`;
function listSkipped(io: ImportIo, skipped: SkippedFile[]) {
  if (skipped.length) line(io.stderr, `${skipped.length} file(s) skipped:`);
  skipped.forEach((s) => line(io.stderr, `  skipped ${s.name}: ${s.reason}`));
}

async function replaceText(io: ImportIo, inputs: { text: string }[], id: string, json?: boolean) {
  const { updateDocumentText } = await import('../../lib/services/update-document-text.ts');
  if (inputs.length !== 1) throw new AppError('BAD_INPUT', '--replace takes exactly one file');
  const db = await io.db();
  const r = await updateDocumentText(db, { documentId: id, text: inputs[0].text });
  const title = (await db.document.findUniqueOrThrow({ where: { id }, select: { title: true } })).title;
  if (json) return line(io.stdout, JSON.stringify([{ id, title, status: r.status, reanchored: r.reanchored, orphaned: r.orphaned }]));
  line(io.stdout, `${r.status} ${id}  ${title}: ${r.reanchored} claim(s) re-anchored, ${r.orphaned} orphaned, ${r.created} extracted`);
}

/**
 * The all-or-nothing batch's first pass, before the database is opened: every file is read,
 * parsed and validated, and only its verdict is kept (never its text), so a bad file stores
 * nothing and memory stays flat.
 */
async function checkAll(plan: ImportPlan, io: ImportIo, quiet?: boolean): Promise<void> {
  const { readEach } = await import('../../lib/services/import-files.ts');
  const progress = new ImportProgress(plan.sources.length);
  const reporter = quiet || plan.sources.length < 2 ? null : createProgressReporter(io.stderr, 'checked', plan.sources.length, { timeOnly: true });
  const refused: BatchFailure[] = [];
  try {
    for await (const item of readEach(plan)) {
      if (item.error !== undefined) refused.push({ name: item.name, message: item.error });
      progress.record('checked');
      reporter?.update(progress);
    }
  } finally {
    reporter?.stop();
  }
  if (refused.length === 0) return;
  if (refused.length === 1 && plan.skipped.length === 0) throw new AppError('BAD_INPUT', refused[0].message);
  line(io.stderr, `${refused.length} file(s) refused, nothing was stored:`);
  refused.forEach((f) => line(io.stderr, failureLine(f)));
  listSkipped(io, plan.skipped);
  const more = refused.length > 1 ? `; ${refused.length - 1} more file(s) refused (listed above)` : '';
  throw new AppError('BAD_INPUT', `${refused[0].message}${more}; nothing was stored (use --continue-on-error to import the others)`);
}

/** --queue sends the extraction to the workers; that needs the pg-boss queue they read. */
async function assertQueueAvailable() {
  const { jobQueueKind } = await import('../../lib/env.ts');
  if (jobQueueKind() !== 'pg-boss') {
    throw new AppError('BAD_INPUT', '--queue needs the pg-boss job queue (a PostgreSQL DATABASE_URL, or CLAIMSCOPE_JOBS=pg-boss) with `npm run worker` running; without --queue, import extracts inline');
  }
}

/** Stores the documents 'queued' in batches and sends their extraction jobs (docs/jobs.md). */
async function importIntoQueue(db: Db, open: ReadStream, options: BatchOptions) {
  const [{ importQueued }, { createJobQueue }] = await Promise.all([import('../../lib/services/import-queued.ts'), import('../../lib/jobs/runtime.ts')]);
  const queue = await createJobQueue('pg-boss');
  try {
    return await importQueued(db, queue, open, options);
  } finally {
    await queue.stop();
  }
}

/**
 * The command body, with injectable output, database and fetcher so tests can run it in-process.
 * Returns the exit code: 0, or 1 when --continue-on-error skipped failing files.
 */
export async function runImport(paths: string[], flags: ImportCommandFlags, io: ImportIo): Promise<number> {
  const [{ planImports, prepareImports, readEach }, { importBatch }] = await Promise.all([
    import('../../lib/services/import-files.ts'),
    import('../../lib/services/import-batch.ts'),
  ]);
  if (flags.replace) return (await replaceText(io, await prepareImports(paths, flags, { fetch: io.fetch }), flags.replace, flags.json), 0);
  const started = Date.now();
  const plan = planImports(paths, flags, { fetch: io.fetch });
  const total = plan.sources.length;
  // Progress and the summary go to stderr, never with --json (its callers parse the output).
  const quiet = flags.json;
  if (flags.queue) await assertQueueAvailable();
  if (!flags.continueOnError) await checkAll(plan, io, quiet);
  const db = await io.db();
  let progress = new ImportProgress(total);
  const reporter = quiet || total < 2 ? null : createProgressReporter(io.stderr, flags.continueOnError ? 'imported' : 'stored', total);
  let batch;
  const options = {
    continueOnError: flags.continueOnError,
    total,
    onDocument: (event: BatchEvent, item?: BatchItem) => {
      progress.record(event.status);
      reporter?.update(progress);
      // Each file is committed on its own here, so it is reported as soon as it is stored.
      if (item && flags.continueOnError && !quiet) line(io.stdout, describe(item, progress.done - 1, total));
    },
    onRestart: () => (progress = progress.restart()),
  };
  try {
    batch = flags.queue ? await importIntoQueue(db, () => readEach(plan), options) : await importBatch(db, () => readEach(plan), options);
  } finally {
    reporter?.stop();
  }
  if (flags.json) line(io.stdout, JSON.stringify(batch.results.map(({ id, title, status }) => ({ id, title, status }))));
  else if (!flags.continueOnError) batch.results.forEach((r, i) => line(io.stdout, describe(r, i, batch.results.length)));
  const { failures } = batch;
  if (failures.length) {
    line(io.stderr, `${failures.length} file(s) failed, ${batch.results.length} imported:`);
    failures.forEach((f) => line(io.stderr, failureLine(f)));
  }
  listSkipped(io, plan.skipped);
  if (!quiet) {
    const { created, unchanged } = progress.counts;
    // The whole run, both passes of an atomic batch included.
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? formatRate(progress.done / seconds) : '–';
    line(io.stderr, `done in ${formatDuration(seconds)}: ${created} created, ${unchanged} unchanged, ${failures.length} refused, ${plan.skipped.length} skipped (${rate} files/s)`);
  }
  return failures.length ? 1 : 0;
}

export function registerImport(program: Command) {
  program
    .command('import')
    .description('import documents (files, folders or http(s) URLs) and extract their claims')
    .argument('<paths...>', 'files, folders (read recursively) or http(s):// URLs')
    .option('--manifest <file>', 'JSON manifest with per-file metadata (see data/samples/manifest.json)')
    .option('--title <title>', 'document title (single file only)')
    .option('--author <name...>', 'author name(s)')
    .option('--outlet <name>', 'publishing outlet / source')
    .option('--date <date>', 'publication date: YYYY, YYYY-MM or YYYY-MM-DD, from 1800 to next year')
    .option('--lang <lang>', 'language: de or en (detected when omitted)')
    .option('--kind <kind>', 'article, commentary, analysis, statement, interview, report, social, other')
    .option('--url <url>', 'original URL (http:// or https://); for a URL argument the address fetched')
    .option('--replace <id>', 'new version of an existing document: replace its text, re-anchor human claims (orphans are kept and flagged), re-extract the rest')
    .option('--continue-on-error', 'store each file on its own and list the failures (exit code 1) instead of storing nothing')
    .option('--queue', 'store the documents without claims in batches and leave the extraction to `npm run worker` (pg-boss on PostgreSQL only)')
    .option('--json', 'print [{"id","title","status"}] as JSON')
    .action(async (paths: string[], flags: ImportCommandFlags) => {
      const code = await runImport(paths, flags, { stdout: process.stdout, stderr: process.stderr, db: getDb });
      if (code !== 0) process.exitCode = code;
    });
}
