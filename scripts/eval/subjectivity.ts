// Subjectivity of news sentences (`npm run eval -- --set subjectivity [--errors]`): the per-text
// flag `analyzeText(...).subjective` that `extract --jsonl` prints, against
// tests/fixtures/subjectivity/ (German and English sentences labelled SUBJ / OBJ by the
// CheckThat! lab guidelines, written blind by a helper who never read the engine). Macro-F1 over
// both classes as in the CheckThat! subjectivity task. The files keep sentences in pairs on one
// subject with opposite labels, so the halves go by pair: odd pairs (rows 2-3, 6-7, …) may be read
// for tuning; even pairs are only scored, so the "held-out half" line stays honest after tuning.
import path from 'node:path';
import { z } from 'zod';
import { type LanguageRow, loadLanguageRows } from './language-rows.ts';
import { analyzeText } from '../../lib/engine/index.ts';
import { confusionOf, scoresOf } from './real-checkworthy.ts';
import { getPolarWords } from '../../lib/lexicons/polar-words.ts';

const rowSchema = z.object({ id: z.string(), text: z.string(), label: z.enum(['SUBJ', 'OBJ']), why: z.string().optional() });
type Row = LanguageRow<z.infer<typeof rowSchema>>;
const isTuning = (r: Row): boolean => Math.floor(r.index / 2) % 2 === 1;

export const SUBJECTIVITY_DIR = 'tests/fixtures/subjectivity';

export const loadRows = (dir: string): Row[] => loadLanguageRows(dir, rowSchema);

// The baseline the issue names: first person or an exclamation mark.
const FIRST_PERSON = /\b(?:ich|mir|mich|mein\w*|wir|uns|unser\w*|i|me|my|we|us|our)\b/iu;
const baseline = (text: string): boolean => FIRST_PERSON.test(text) || text.includes('!');

const fmt = (n: number): string => n.toFixed(3);

const line = (name: string, rows: Row[], predicted: boolean[]): string => {
  const s = scoresOf(confusionOf(rows.map((r) => (r.label === 'SUBJ' ? 1 : 0)), predicted));
  return `  ${name.padEnd(48)} ${String(rows.length).padStart(5)}  ${fmt(s.macroF1)}   ${fmt(s.positiveF1)}   ${fmt(s.negativeF1)}   ${fmt(s.precision)}  ${fmt(s.recall)}`;
};

/** Runs the subjectivity evaluation; returns the process exit code. */
export const runSubjectivity = (repoRoot: string, options: { json: boolean; errors: boolean }): number => {
  const rows = loadRows(path.join(repoRoot, SUBJECTIVITY_DIR));
  if (!rows.length) {
    console.log(`subjectivity: skipped, no ${SUBJECTIVITY_DIR}/{de,en}.jsonl`);
    return 0;
  }
  const polarWords = getPolarWords();
  const analyses = rows.map((r) => analyzeText(r.text, { lang: r.lang, polarWords }));
  const engine = analyses.map((a) => a.subjective);
  const base = rows.map((r) => baseline(r.text));
  if (options.json) {
    const s = scoresOf(confusionOf(rows.map((r) => (r.label === 'SUBJ' ? 1 : 0)), engine));
    console.log(JSON.stringify({ rows: rows.length, ...s }, null, 2));
    return 0;
  }
  const pick = (keep: (r: Row) => boolean) => {
    const idx = rows.map((r, k) => (keep(r) ? k : -1)).filter((k) => k >= 0);
    return { rows: idx.map((k) => rows[k]), engine: idx.map((k) => engine[k]), base: idx.map((k) => base[k]) };
  };
  console.log(`subjectivity (${SUBJECTIVITY_DIR}): ${rows.length} sentences\n`);
  console.log(`  ${'predictor / part'.padEnd(48)} ${'rows'.padStart(5)}  macro   F1(subj) F1(obj)  P(subj) R(subj)`);
  for (const [name, keep] of [
    ['all', () => true],
    ['de', (r: Row) => r.lang === 'de'],
    ['en', (r: Row) => r.lang === 'en'],
    ['tuning half (odd pairs)', isTuning],
    ['held-out half (even pairs)', (r: Row) => !isTuning(r)],
  ] as Array<[string, (r: Row) => boolean]>) {
    const part = pick(keep);
    console.log(line(`engine, ${name}`, part.rows, part.engine));
    console.log(line(`baseline (1st person or !), ${name}`, part.rows, part.base));
  }
  if (options.errors) {
    console.log('\nerrors on the tuning half (odd pairs):');
    rows.forEach((r, k) => {
      if (!isTuning(r) || (r.label === 'SUBJ') === engine[k]) return;
      console.log(`  ${r.id} gold ${r.label} got ${engine[k] ? 'SUBJ' : 'OBJ'} [${analyses[k].subjectiveCues.join(', ')}] :: ${r.text.slice(0, 150)}`);
    });
  }
  return 0;
};
