import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { ZodError } from 'zod';
import { isAppError } from '../lib/errors.ts';
import { describeIssues } from '../lib/schemas/safe-text.ts';
import { registerAgreement } from './commands/agreement.ts';
import { registerCompare } from './commands/compare.ts';
import { registerDocuments } from './commands/documents.ts';
import { registerExport } from './commands/export.ts';
import { registerExtract } from './commands/extract.ts';
import { registerImport } from './commands/import.ts';
import { registerLexicon } from './commands/lexicon.ts';
import { registerSearch } from './commands/search.ts';
import { registerShow } from './commands/show.ts';
import { registerToken } from './commands/token.ts';
import { registerUser } from './commands/user.ts';
import { closeDb } from './database.ts';

export function buildProgram(): Command {
  const program = new Command()
    .name('claimscope')
    .description('Extract claims from documents and compare how sources frame a question.')
    .version((createRequire(import.meta.url)('../package.json') as { version: string }).version)
    .showHelpAfterError()
    .exitOverride();
  registerImport(program);
  registerDocuments(program);
  registerExtract(program);
  registerUser(program);
  registerToken(program);
  registerCompare(program);
  registerLexicon(program);
  registerSearch(program);
  registerShow(program);
  registerExport(program);
  registerAgreement(program);
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const cmd of all(program)) cmd.exitOverride();
  return program;
}

async function shutdown(code: number): Promise<never> {
  await closeDb();
  process.exit(code);
}

export async function main(argv = process.argv) {
  try {
    await buildProgram().parseAsync(argv);
    // A command may set a non-zero code (import --continue-on-error with failures).
    await shutdown(typeof process.exitCode === 'number' ? process.exitCode : 0);
  } catch (e) {
    if (e instanceof CommanderError) await shutdown(e.exitCode === 0 ? 0 : 2); // usage error: commander printed it
    if (isAppError(e)) console.error(`claimscope: ${e.userMessage}`);
    else if (e instanceof ZodError) console.error(`claimscope: ${describeIssues(e.issues)}`);
    else console.error(`claimscope: ${e instanceof Error ? e.message : String(e)}`);
    await shutdown(1);
  }
}

await main();
