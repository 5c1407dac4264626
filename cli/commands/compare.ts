import type { Command } from 'commander';
import { getDb } from '../database.ts';
import type { PairRow } from '../../lib/services/compare-documents.ts';

const stanceMark: Record<string, string> = { supports: '+', opposes: '−', neutral: '·', mixed: '±' };

function printRow(row: PairRow) {
  console.log(`\n■ ${row.topic.label}  [${row.relation}]  score ${row.score.toFixed(2)}`);
  if (row.change) {
    const c = row.change;
    const pct = c.percent === null ? '' : ` (${c.percent > 0 ? '+' : ''}${c.percent} %)`;
    console.log(`  ${c.subject}: ${c.from.text} → ${c.to.text}${pct}`);
  }
  for (const [side, claims] of [['L', row.left], ['R', row.right]] as const) {
    for (const c of claims) console.log(`  ${side} ${stanceMark[c.stance]} ${c.speaker ? `${c.speaker}: ` : ''}${c.text.length > 140 ? `${c.text.slice(0, 139)}…` : c.text}`);
  }
  console.log(`  why: ${row.explanation}`);
}

export function registerCompare(program: Command) {
  program
    .command('compare')
    .description('compare two documents topic by topic (needs no preparation: topics are suggested when the claims changed)')
    .argument('<a>', 'document id')
    .argument('<b>', 'document id')
    .option('--suggest', 'suggest topics for the two documents again even if nothing changed')
    .option('--json', 'print JSON { left, right, rows }')
    .action(async (a: string, b: string, flags: { json?: boolean; suggest?: boolean }) => {
      const [{ compareWithSuggestions }, { toPairJson }] = await Promise.all([
        import('../../lib/services/compare-prepared.ts'),
        import('../../lib/services/compare-documents.ts'),
      ]);
      const db = await getDb();
      const { table, suggestions } = await compareWithSuggestions(db, [a, b], { force: flags.suggest });
      const result = toPairJson(table);
      if (flags.json) return console.log(JSON.stringify(result, null, 2));
      console.log(`${result.left.published ?? 'undated'}  ${result.left.title}\n  vs\n${result.right.published ?? 'undated'}  ${result.right.title}`);
      if (suggestions.summary) console.log(`(topics suggested for these documents: ${suggestions.summary.topics} new, ${suggestions.summary.links} link(s))`);
      result.rows.forEach(printRow);
      if (result.rows.length === 0) console.log('\nNo shared topics found.');
    });

  program
    .command('topics')
    .description('topic commands')
    .command('suggest')
    .description('suggest topics and stance links across documents (all documents when none given)')
    .argument('[ids...]', 'document ids')
    .action(async (ids: string[]) => {
      const { suggestTopicsForDocuments } = await import('../../lib/services/suggest-topics.ts');
      const db = await getDb();
      const documentIds = ids.length ? ids : (await db.document.findMany({ select: { id: true } })).map((d) => d.id);
      const r = await suggestTopicsForDocuments(db, documentIds);
      console.log(`Suggested ${r.topics} new topic(s) with ${r.links} link(s); kept ${r.kept} topic(s) an editor had touched.`);
    });
}
