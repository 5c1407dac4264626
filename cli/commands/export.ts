import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { once } from 'node:events';
import type { Command } from 'commander';
import { getDb } from '../database.ts';
import { AppError } from '../../lib/errors.ts';
import { EXPORT_FORMATS } from '../../lib/exports/scope.ts';
import type { Db } from '../../lib/db/client.ts';

// export, import-annotations and restore (docs/exports.md).

const MAX_ANNOTATION_BYTES = 100 * 1024 * 1024;

type ExportFlags = { format: string; document?: string; topic?: string; compare?: string; out?: string; withSecrets?: boolean };

/** Writes the chunks to stdout, or to FILE through a temporary file renamed at the end (no half files). */
async function writeChunks(chunks: AsyncIterable<string>, out?: string) {
  if (!out) {
    // A closed pipe (`| head`) ends the export quietly, as other command-line tools do.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
    });
    for await (const chunk of chunks) if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
    return;
  }
  const tmp = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.tmp`);
  const file = fs.createWriteStream(tmp);
  try {
    for await (const chunk of chunks) if (!file.write(chunk)) await once(file, 'drain');
    await new Promise<void>((resolve, reject) => file.end((e?: Error | null) => (e ? reject(e) : resolve())));
    fs.renameSync(tmp, out);
  } catch (e) {
    file.destroy();
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

function readable(file: string): string {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AppError('BAD_INPUT', `${file}: no such file`);
  return file;
}

/** The account the CLI acts as: --user EMAIL, else the first admin. */
async function actingUser(db: Db, email?: string) {
  const user = email
    ? await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, role: true, email: true } })
    : await db.user.findFirst({ where: { role: 'admin' }, orderBy: { createdAt: 'asc' }, select: { id: true, role: true, email: true } });
  if (!user) throw new AppError('BAD_INPUT', email ? `--user: there is no account ${email}` : 'there is no admin account to act as: pass --user EMAIL (or create one with claimscope user add EMAIL --role admin)');
  return user;
}

export function registerExport(program: Command) {
  program
    .command('export')
    .description('export claims as ClaimReview JSON-LD, a Web Annotation collection, CSV, or a full backup (JSON lines)')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .option('--document <id>', 'only this document')
    .option('--topic <id>', 'only the claims linked to this topic')
    .option('--compare <a,b>', 'the two documents of a comparison')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--with-secrets', 'backup only: include password hashes, accounts and sessions')
    .action(async (flags: ExportFlags) => {
      const [{ parseExportRequest }, { exportData, exportOptions }] = await Promise.all([import('../../lib/exports/scope.ts'), import('../../lib/services/export-claims.ts')]);
      const req = parseExportRequest(flags);
      if (flags.withSecrets && req.format !== 'backup') throw new AppError('BAD_INPUT', '--with-secrets applies to --format backup only');
      const result = await exportData(await getDb(), req, exportOptions(), { withSecrets: flags.withSecrets });
      await writeChunks(result.chunks, flags.out);
      if (flags.out) console.error(`Wrote ${flags.out}`);
    });

  program
    .command('import-annotations')
    .description('add W3C Web Annotations (e.g. from Hypothesis) to the documents they target, as human claims')
    .argument('<file>', 'a JSON AnnotationCollection, AnnotationPage, array or single annotation')
    .option('--user <email>', 'the account the claims and comments are created by (default: the first admin)')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, flags: { user?: string; json?: boolean }) => {
      const { importAnnotations } = await import('../../lib/services/import-annotations.ts');
      // Read whole (a JSON document): refuse files no annotation export comes close to.
      if (fs.statSync(readable(file)).size > MAX_ANNOTATION_BYTES) throw new AppError('BAD_INPUT', `${file}: over ${MAX_ANNOTATION_BYTES / 1024 / 1024} MB`);
      const text = fs.readFileSync(file, 'utf8');
      const db = await getDb();
      const r = await importAnnotations(db, await actingUser(db, flags.user), text, path.basename(file));
      if (flags.json) return console.log(JSON.stringify(r, null, 2));
      console.log(`Created ${r.created.length} claim(s) (${r.created.filter((c) => c.anchoredBy === 'quote').length} re-anchored by quote); ${r.unchanged.length} already present; ${r.orphans.length} orphan(s).`);
      for (const o of r.orphans) console.log(`  orphan #${o.index}${o.annotationId ? ` ${o.annotationId}` : ''}: ${o.reason}`);
    });

  program
    .command('restore')
    .description('restore a backup (claimscope export --format backup) into an empty database')
    .argument('<file>', 'the backup, JSON lines')
    .option('--force', 'wipe a non-empty database first (in the same transaction)')
    .action(async (file: string, flags: { force?: boolean }) => {
      const { restoreBackup } = await import('../../lib/services/restore-backup.ts');
      readable(file);
      const db = await getDb();
      // Created right before it is read: readline drops lines emitted while nobody iterates.
      const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
      const r = await restoreBackup(db, lines, { force: flags.force, name: path.basename(file) });
      const summary = Object.entries(r.counts).filter(([, n]) => n > 0).map(([t, n]) => `${n} ${t}`).join(', ');
      console.log(`Restored ${summary || 'nothing (the backup is empty)'}${r.wiped ? ' (the database was wiped first)' : ''}.`);
    });
}
