import type { Command } from 'commander';
import { getDb } from '../database.ts';

export function registerShow(program: Command) {
  program
    .command('show')
    .description('print a stored document: metadata, text and claims')
    .argument('<id>', 'document id')
    .option('--json', 'print JSON')
    .action(async (id: string, flags: { json?: boolean }) => {
      const { showDocument } = await import('../../lib/services/show-document.ts');
      const doc = await showDocument(await getDb(), id);
      if (flags.json) return console.log(JSON.stringify(doc, null, 2));
      const meta: [string, string | null][] = [
        ['id', doc.id],
        ['title', doc.title],
        ['authors', doc.authors.join(', ') || null],
        ['outlet', doc.outlet],
        ['url', doc.url],
        ['published', doc.published],
        ['language', doc.language],
        ['kind', doc.kind],
        ['format', doc.format],
      ];
      for (const [label, value] of meta) if (value) console.log(`${`${label}:`.padEnd(11)}${value}`);
      console.log(`\n${doc.text.trimEnd()}\n`);
      console.log(doc.claims.length ? `${doc.claims.length} claim(s):` : 'No claims.');
      for (const c of doc.claims) {
        console.log(`  [${c.start}–${c.end}] ${c.kind.padEnd(10)} ${c.speaker ? `${c.speaker}: ` : ''}${c.quote}`);
      }
    });
}
