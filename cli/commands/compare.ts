import type { Command } from 'commander';
import { getPrisma } from '../../lib/db/client.ts';
import { compareDocuments, toPairJson, type PairRow } from '../../lib/services/compare-documents.ts';
import { suggestTopicsForDocuments } from '../../lib/services/suggest-topics.ts';

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
    .description('compare two documents topic by topic (run `topics suggest` first, or let it run with --suggest)')
    .argument('<a>', 'document id')
    .argument('<b>', 'document id')
    .option('--suggest', 'refresh automatic topic suggestions for the two documents first')
    .option('--json', 'print JSON { left, right, rows }')
    .action(async (a: string, b: string, flags: { json?: boolean; suggest?: boolean }) => {
      const db = await getPrisma();
      if (flags.suggest) await suggestTopicsForDocuments(db, [a, b]);
      const result = toPairJson(await compareDocuments(db, [a, b]));
      if (flags.json) return console.log(JSON.stringify(result, null, 2));
      console.log(`${result.left.published ?? 'undated'}  ${result.left.title}\n  vs\n${result.right.published ?? 'undated'}  ${result.right.title}`);
      result.rows.forEach(printRow);
      if (result.rows.length === 0) console.log('\nNo shared topics yet. Try: claimscope topics suggest');
    });

  program
    .command('topics')
    .description('topic commands')
    .command('suggest')
    .description('suggest topics and stance links across documents (all documents when none given)')
    .argument('[ids...]', 'document ids')
    .action(async (ids: string[]) => {
      const db = await getPrisma();
      const documentIds = ids.length ? ids : (await db.document.findMany({ select: { id: true } })).map((d) => d.id);
      const r = await suggestTopicsForDocuments(db, documentIds);
      console.log(`Suggested ${r.topics} new topic(s) with ${r.links} link(s); kept ${r.kept} topic(s) an editor had touched.`);
    });
}
