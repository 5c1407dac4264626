import type { Command } from 'commander';
import { getDb } from '../database.ts';
import { AppError } from '../../lib/errors.ts';
import type { ImportFlags } from '../../lib/services/import-files.ts';

export function registerImport(program: Command) {
  program
    .command('import')
    .description('import plain-text or Markdown documents (files or folders) and extract their claims')
    .argument('<paths...>', 'files or folders (.txt, .md)')
    .option('--manifest <file>', 'JSON manifest with per-file metadata (see data/samples/manifest.json)')
    .option('--title <title>', 'document title (single file only)')
    .option('--author <name...>', 'author name(s)')
    .option('--outlet <name>', 'publishing outlet / source')
    .option('--date <date>', 'publication date: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--lang <lang>', 'language: de or en (detected when omitted)')
    .option('--kind <kind>', 'article, commentary, analysis, statement, interview, report, social, other')
    .option('--url <url>', 'original URL')
    .option('--replace <id>', 'new version of an existing document: replace its text, re-anchor human claims (orphans are kept and flagged), re-extract the rest')
    .option('--json', 'print [{"id","title","status"}] as JSON')
    .action(async (paths: string[], flags: ImportFlags & { replace?: string }) => {
      const [{ prepareImports }, { importDocument }, { updateDocumentText }] = await Promise.all([
        import('../../lib/services/import-files.ts'),
        import('../../lib/services/import-document.ts'),
        import('../../lib/services/update-document-text.ts'),
      ]);
      const inputs = prepareImports(paths, flags);
      const db = await getDb();
      if (flags.replace) {
        if (inputs.length !== 1) throw new AppError('BAD_INPUT', '--replace takes exactly one file');
        const r = await updateDocumentText(db, { documentId: flags.replace, text: inputs[0].text });
        const title = (await db.document.findUniqueOrThrow({ where: { id: flags.replace }, select: { title: true } })).title;
        if (flags.json) return console.log(JSON.stringify([{ id: flags.replace, title, status: r.status, reanchored: r.reanchored, orphaned: r.orphaned }]));
        return console.log(`${r.status} ${flags.replace}  ${title}: ${r.reanchored} claim(s) re-anchored, ${r.orphaned} orphaned, ${r.created} extracted`);
      }
      const results = [];
      for (const [i, input] of inputs.entries()) {
        const result = await importDocument(db, input);
        results.push(result);
        if (!flags.json) console.log(`[${i + 1}/${inputs.length}] ${result.status.padEnd(9)} ${result.id}  ${result.title}${result.status === 'created' ? ` (${result.claims} claims)` : ''}`);
      }
      if (flags.json) console.log(JSON.stringify(results.map(({ id, title, status }) => ({ id, title, status }))));
    });
}
