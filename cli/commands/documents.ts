import type { Command } from 'commander';
import { getDb } from '../database.ts';

export function registerDocuments(program: Command) {
  program
    .command('documents')
    .description('list stored documents')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => {
      const [{ listDocuments }, { formatPublished }] = await Promise.all([
        import('../../lib/db/queries/documents.ts'),
        import('../../lib/documents/published-date.ts'),
      ]);
      const docs = await listDocuments(await getDb());
      if (flags.json) return console.log(JSON.stringify(docs));
      for (const d of docs) {
        console.log(`${d.id}  ${formatPublished(d.publishedAt, d.datePrecision).padEnd(10)} ${d.language}  ${String(d.claimCount).padStart(4)} claims  ${d.title}`);
      }
      if (docs.length === 0) console.log('No documents yet. Add some with: claimscope import FILE…');
    });

  program
    .command('reextract')
    .description('re-run claim extraction on every document (keeps human-created and human-edited claims)')
    .option('--stale', 'only documents extracted by an older engine version')
    .action(async (flags: { stale?: boolean }) => {
      const { reextractAllDocuments } = await import('../../lib/services/extract-document-claims.ts');
      const result = await reextractAllDocuments(await getDb(), (done, total) => process.stderr.write(`\rextracting ${done}/${total}`), flags.stale);
      process.stderr.write('\n');
      console.log(`Re-extracted ${result.documents} document(s): ${result.claims} automatic claims.`);
    });
}
