// npm run eval:compare -- [--set dev|blind|all] [--dir DIR] [--json] [--errors] [--rows]
// Imports both documents of every evaluation pair into a fresh embedded database (or
// DATABASE_URL), compares them as `claimscope compare A B --json` does, and scores the rows
// against the pair's gold items: recall per relation and the precision of asserting rows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeEmbedded, connectEmbedded } from '../lib/db/embedded.ts';
import { createPrisma, type Db } from '../lib/db/client.ts';
import { applyMigrations } from '../lib/db/migrate.ts';
import { importDocument } from '../lib/services/import-document.ts';
import { toPairJson } from '../lib/services/compare-documents.ts';
import { compareWithSuggestions } from '../lib/services/compare-prepared.ts';
import { loadPairs, PAIR_SETS, type EvalPair, type PairSetName } from './eval-compare/pairs.ts';
import { formatTotals, scorePair, sumScores, type PairScore, type RowForScoring, type Span } from './eval-compare/score.ts';

function readOptions() {
  const { values } = parseArgs({
    options: { set: { type: 'string', default: 'all' }, dir: { type: 'string' }, json: { type: 'boolean', default: false }, errors: { type: 'boolean', default: false }, rows: { type: 'boolean', default: false } },
  });
  const set = values.set ?? 'all';
  if (set !== 'all' && !Object.hasOwn(PAIR_SETS, set)) {
    console.error(`--set must be ${Object.keys(PAIR_SETS).join(', ')} or all, got ${set}`);
    process.exit(2);
  }
  const sets = (set === 'all' ? Object.keys(PAIR_SETS) : [set]) as PairSetName[];
  return { sets, dir: values.dir, json: values.json ?? false, errors: values.errors ?? false };
}

async function importSide(db: Db, pair: EvalPair, side: 'left' | 'right') {
  const s = pair[side];
  const meta = { title: s.title, language: s.lang, published: s.published, outlet: s.outlet, authors: [], kind: 'article' as const };
  return (await importDocument(db, { text: s.text, meta, name: `${pair.id}/${side}` })).id;
}

async function comparePair(db: Db, pair: EvalPair): Promise<{ rows: RowForScoring[]; ms: number }> {
  const ids = [await importSide(db, pair, 'left'), await importSide(db, pair, 'right')];
  const started = performance.now();
  // The product path: suggestions are computed by the comparison itself (no preparation).
  const json = toPairJson((await compareWithSuggestions(db, ids)).table);
  const ms = performance.now() - started;
  // --rows: every row as compared, for looking into a pair.
  if (process.argv.includes('--rows')) for (const r of json.rows) console.log(`    row ${r.relation.padEnd(14)} ${r.topic.label} | ${r.explanation.slice(0, 220)}`);
  const claims = await db.claim.findMany({ where: { documentId: { in: ids } }, select: { id: true, start: true, end: true } });
  const spanOf = new Map<string, Span>(claims.map((c) => [c.id, { start: c.start, end: c.end }]));
  const spans = (cell: { id: string }[]) => cell.map((c) => spanOf.get(c.id)).filter((s): s is Span => s !== undefined);
  const rows = json.rows.map((r) => ({
    relation: r.relation,
    label: r.topic.label,
    explanation: r.explanation,
    left: spans(r.left),
    right: spans(r.right),
    ...(r.change
      ? { change: { from: { value: r.change.from.value, span: spanOf.get(r.change.from.claimId) }, to: { value: r.change.to.value, span: spanOf.get(r.change.to.claimId) } } }
      : {}),
  }));
  return { rows, ms };
}

function printPair(s: PairScore, ms: number, errors: boolean) {
  const k = s.byKind;
  const cell = (c: { gold: number; found: number }) => `${c.found}/${c.gold}`.padEnd(6);
  console.log(
    `  ${s.id.padEnd(40)} num ${cell(k['number-changed'])} contra ${cell(k.contradict)} agree ${cell({ gold: k.agree.gold + k['agree-number'].gold, found: k.agree.found + k['agree-number'].found })} rows ${s.correct}/${s.proposed} (+${s.related} related) ${ms.toFixed(0)} ms`,
  );
  if (!errors) return;
  s.misses.forEach((m) => console.log(`      missed ${m}`));
  s.wrong.forEach((w) => console.log(`      wrong  ${w}`));
}

async function main() {
  const options = readOptions();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimscope-eval-compare-'));
  const url = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : await connectEmbedded(path.join(tmp, 'pglite'));
  await applyMigrations(url);
  const db = createPrisma(url);
  const results: Record<string, { totals: ReturnType<typeof sumScores>; pairs: PairScore[] }> = {};
  try {
    for (const set of options.sets) {
      const pairs = loadPairs(options.dir ?? PAIR_SETS[set]);
      if (pairs.length === 0) {
        console.log(`${set}: no pairs in ${PAIR_SETS[set]}`);
        continue;
      }
      const scores: PairScore[] = [];
      if (!options.json) console.log(`\n${set} set: ${pairs.length} pairs`);
      for (const pair of pairs) {
        const { rows, ms } = await comparePair(db, pair);
        const score = scorePair(pair, rows);
        scores.push(score);
        if (!options.json) printPair(score, ms, options.errors);
      }
      results[set] = { totals: sumScores(scores), pairs: scores };
      if (!options.json) console.log(`\n${formatTotals(`${set} set (${pairs.length} pairs)`, results[set].totals)}`);
    }
    if (options.json) console.log(JSON.stringify(results, null, 2));
  } finally {
    await db.$disconnect();
    await closeEmbedded();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (e) => (console.error(e), process.exit(1)));
