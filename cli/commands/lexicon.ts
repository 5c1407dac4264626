import fs from 'node:fs';
import type { Command } from 'commander';
import { getDb } from '../database.ts';
import { AppError } from '../../lib/errors.ts';

export function registerLexicon(program: Command) {
  const lexicon = program.command('lexicon').description('the concept lexicon used by topic matching (synonym groups in de/en)');
  lexicon
    .command('export')
    .description('print the lexicon as JSON (or write it to FILE)')
    .argument('[file]', 'output file')
    .action(async (file?: string) => {
      const { loadLexicon } = await import('../../lib/services/concept-lexicon.ts');
      const json = JSON.stringify(await loadLexicon(await getDb()), null, 2);
      if (file) fs.writeFileSync(file, `${json}\n`);
      else console.log(json);
    });
  lexicon
    .command('import')
    .description('replace the lexicon with the groups in FILE (validated first; nothing changes on error)')
    .argument('<file>', 'JSON file as written by `lexicon export`')
    .action(async (file: string) => {
      let raw: unknown;
      try {
        raw = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (e) {
        throw new AppError('BAD_INPUT', `${file}: not a readable JSON file (${(e as Error).message})`);
      }
      const { replaceLexicon } = await import('../../lib/services/concept-lexicon.ts');
      console.log(`Lexicon replaced: ${await replaceLexicon(await getDb(), raw)} concept groups. Comparisons suggest their topics with it from now on.`);
    });
}
