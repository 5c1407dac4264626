import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { getDb } from '../database.ts';
import type { Db } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import type { ImportFlags } from '../../lib/services/import-files.ts';
import type { BatchItem } from '../../lib/services/import-batch.ts';

export type ImportCommandFlags = ImportFlags & { replace?: string };
export type ImportIo = { stdout: Writable; stderr: Writable; db: () => Promise<Db> };

const line = (out: Writable, text: string) => out.write(`${text}\n`);

function describe(r: BatchItem, i: number, total: number): string {
  const extra = r.status === 'created' ? ` (${r.claims} claims)` : '';
  const overLong = r.overLong ? `; ${r.overLong} sentence(s) over the claim-length cap were not made claims` : '';
  return `[${i + 1}/${total}] ${r.status.padEnd(9)} ${r.id}  ${r.title}${extra}${overLong}`;
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
 * The command body, with injectable output and database so tests can run it in-process.
 * Returns the exit code: 0, or 1 when --continue-on-error skipped failing files.
 */
export async function runImport(paths: string[], flags: ImportCommandFlags, io: ImportIo): Promise<number> {
  const [{ readImports, prepareImports }, { importBatch }] = await Promise.all([
    import('../../lib/services/import-files.ts'),
    import('../../lib/services/import-batch.ts'),
  ]);
  if (flags.replace) return (await replaceText(io, prepareImports(paths, flags), flags.replace, flags.json), 0);
  // Without --continue-on-error a bad file stops the batch before the database is opened.
  const read = flags.continueOnError ? readImports(paths, flags) : { inputs: prepareImports(paths, flags), failures: [] };
  const db = await io.db();
  const batch = await importBatch(db, read.inputs, {
    continueOnError: flags.continueOnError,
    // Progress goes to stderr (not with --json, whose callers parse the output).
    onStoring: flags.json ? undefined : (i, total, name) => line(io.stderr, `storing [${i + 1}/${total}] ${name}`),
  });
  const failures = [...read.failures, ...batch.failures];
  if (flags.json) {
    line(io.stdout, JSON.stringify(batch.results.map(({ id, title, status }) => ({ id, title, status }))));
  } else {
    batch.results.forEach((r, i) => line(io.stdout, describe(r, i, batch.results.length)));
  }
  if (failures.length === 0) return 0;
  line(io.stderr, `${failures.length} file(s) failed, ${batch.results.length} imported:`);
  for (const f of failures) line(io.stderr, `  failed ${f.message.startsWith(f.name) ? f.message : `${f.name}: ${f.message}`}`);
  return 1;
}

export function registerImport(program: Command) {
  program
    .command('import')
    .description('import plain-text or Markdown documents (files or folders) and extract their claims')
    .argument('<paths...>', 'files or folders (.txt, .md)')
    .option('--manifest <file>', 'JSON manifest with per-file metadata (see data/samples/manifest.json)')
    .option('--title <title>', 'document title (single file only)')
    .option('--author <name...>', 'author name(s)')
    .option('--outlet <name>', 'publishing outlet / source')
    .option('--date <date>', 'publication date: YYYY, YYYY-MM or YYYY-MM-DD, from 1800 to next year')
    .option('--lang <lang>', 'language: de or en (detected when omitted)')
    .option('--kind <kind>', 'article, commentary, analysis, statement, interview, report, social, other')
    .option('--url <url>', 'original URL (http:// or https://)')
    .option('--replace <id>', 'new version of an existing document: replace its text, re-anchor human claims (orphans are kept and flagged), re-extract the rest')
    .option('--continue-on-error', 'store each file on its own and list the failures (exit code 1) instead of storing nothing')
    .option('--json', 'print [{"id","title","status"}] as JSON')
    .action(async (paths: string[], flags: ImportCommandFlags) => {
      const code = await runImport(paths, flags, { stdout: process.stdout, stderr: process.stderr, db: getDb });
      if (code !== 0) process.exitCode = code;
    });
}
