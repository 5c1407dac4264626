// Check-worthiness on real, human-annotated text from public shared tasks (`npm run eval -- --set ct24`
// or `--set germeval`). The files are not in the repository (research-use licences): they are read
// from ../shared/datasets next to the checkout, or from $CLAIMSCOPE_DATASETS, and the run is skipped
// with a message when they are absent.
//
// A text counts as predicted positive when the engine's text-level flag `analyzeText(...).checkworthy`
// is set: some extracted claim of the text has checkworthiness ≥ the engine's threshold. That is the
// flag `claimscope extract --jsonl` prints per line, so the numbers describe what a user gets.
//
// Metrics as in the published tasks: CLEF CheckThat! 2024 Task 1 (English) = F1 of the positive
// class (check-worthy); GermEval 2021 Subtask 3 = macro-F1 over both classes (fact-claiming or not).
// Because rules and thresholds were tuned on these very files, the numbers are optimistic.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { analyzeText, type Lang } from '../../lib/engine/index.ts';

export const REAL_CHECKWORTHY_SETS = ['ct24', 'germeval'] as const;
export type RealCheckworthySet = (typeof REAL_CHECKWORTHY_SETS)[number];

type Split = { name: string; file: string; lang: Lang; metric: 'positive-f1' | 'macro-f1'; halves?: boolean };

const SPLITS: Record<RealCheckworthySet, Split[]> = {
  ct24: [
    { name: 'ct24 train (en)', file: 'ct24_checkworthy_en_train.jsonl', lang: 'en', metric: 'positive-f1', halves: true },
    { name: 'ct24 dev (en)', file: 'ct24_checkworthy_en_dev.jsonl', lang: 'en', metric: 'positive-f1' },
  ],
  germeval: [{ name: 'germeval21 subtask 3 train (de)', file: 'germeval21_factclaiming_train.jsonl', lang: 'de', metric: 'macro-f1', halves: true }],
};

const rowSchema = z.object({ id: z.union([z.string(), z.number()]), text: z.string(), label: z.union([z.literal(0), z.literal(1)]) });
export type LabelledRow = z.infer<typeof rowSchema>;

/** The folder with the shared-task files: $CLAIMSCOPE_DATASETS, else ../shared/datasets beside the repository. */
export const datasetsDir = (): string =>
  process.env.CLAIMSCOPE_DATASETS ?? path.resolve(import.meta.dirname, '../..', '../shared/datasets');

export const loadRows = (file: string): LabelledRow[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = rowSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });

export type Confusion = { tp: number; fp: number; fn: number; tn: number };

export const confusionOf = (gold: ReadonlyArray<0 | 1>, predicted: ReadonlyArray<boolean>): Confusion => {
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  gold.forEach((g, i) => {
    const p = predicted[i];
    if (g === 1) c[p ? 'tp' : 'fn']++;
    else c[p ? 'fp' : 'tn']++;
  });
  return c;
};

const f1 = (tp: number, fp: number, fn: number): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

export type Scores = Confusion & { precision: number; recall: number; positiveF1: number; negativeF1: number; macroF1: number };

export const scoresOf = (c: Confusion): Scores => {
  const positiveF1 = f1(c.tp, c.fp, c.fn);
  const negativeF1 = f1(c.tn, c.fn, c.fp);
  return {
    ...c,
    precision: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0,
    recall: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0,
    positiveF1,
    negativeF1,
    macroF1: (positiveF1 + negativeF1) / 2,
  };
};

const DIGIT = /\d/;

/** Each predictor: a name and a per-text decision. The engine comes first, then the baselines. */
const predictors = (lang: Lang): Array<{ name: string; predict: (text: string) => boolean }> => [
  { name: 'engine (analyzeText.checkworthy)', predict: (text) => analyzeText(text, { lang }).checkworthy },
  { name: 'baseline: contains a digit', predict: (text) => DIGIT.test(text) },
  { name: 'baseline: every text positive', predict: () => true },
];

type SplitResult = {
  split: Split;
  rows: number;
  positives: number;
  seconds: number;
  results: Array<{ name: string; scores: Scores }>;
  /** The engine on the two parts of a train file: rows whose errors were read, and every 5th row (only scored). */
  halves: { read: Scores; scored: Scores } | null;
  errors: Array<{ row: LabelledRow; predicted: boolean }>;
};

// Every 5th row (index 4, 9, …) is only scored, never read for errors: a check on overfitting.
const SCORED_ONLY_EVERY = 5;
const isScoredOnly = (i: number): boolean => i % SCORED_ONLY_EVERY === SCORED_ONLY_EVERY - 1;

const halvesOf = (gold: ReadonlyArray<0 | 1>, predicted: boolean[]): { read: Scores; scored: Scores } => {
  const part = (keep: boolean) => {
    const idx = gold.map((_, i) => i).filter((i) => isScoredOnly(i) === keep);
    return scoresOf(confusionOf(idx.map((i) => gold[i]), idx.map((i) => predicted[i])));
  };
  return { read: part(false), scored: part(true) };
};

const runSplit = (split: Split, rows: LabelledRow[]): SplitResult => {
  const gold = rows.map((r) => r.label);
  let seconds = 0;
  let enginePredictions: boolean[] = [];
  const results = predictors(split.lang).map(({ name, predict }, k) => {
    const started = performance.now();
    const predicted = rows.map((r) => predict(r.text));
    if (k === 0) {
      seconds = (performance.now() - started) / 1000;
      enginePredictions = predicted;
    }
    return { name, scores: scoresOf(confusionOf(gold, predicted)) };
  });
  const halves = split.halves ? halvesOf(gold, enginePredictions) : null;
  // --errors lists only the rows that may be read.
  const errors = rows.flatMap((row, i) => (enginePredictions[i] !== (row.label === 1) && !(split.halves && isScoredOnly(i)) ? [{ row, predicted: enginePredictions[i] }] : []));
  return { split, rows: rows.length, positives: gold.filter((g) => g === 1).length, seconds, results, halves, errors };
};

const fmt = (n: number): string => n.toFixed(3);

const formatSplit = ({ split, rows, positives, seconds, results, halves }: SplitResult): string => {
  const headline = split.metric === 'positive-f1' ? 'F1 (positive class)' : 'macro-F1';
  const lines = [
    `${split.name}: ${rows} texts, ${positives} positive; metric ${headline}; engine ${seconds.toFixed(1)} s`,
    `  ${'predictor'.padEnd(34)} ${headline.padStart(19)}  P(pos)  R(pos)  F1(pos) F1(neg)  macro`,
  ];
  for (const { name, scores: s } of results) {
    const main = split.metric === 'positive-f1' ? s.positiveF1 : s.macroF1;
    lines.push(`  ${name.padEnd(34)} ${fmt(main).padStart(19)}  ${fmt(s.precision)}   ${fmt(s.recall)}   ${fmt(s.positiveF1)}   ${fmt(s.negativeF1)}   ${fmt(s.macroF1)}`);
  }
  if (halves) {
    const pick = (s: Scores) => fmt(split.metric === 'positive-f1' ? s.positiveF1 : s.macroF1);
    lines.push(`  engine on the rows read for errors ${pick(halves.read)}, on every 5th row (only scored) ${pick(halves.scored)}`);
  }
  return lines.join('\n');
};

const MAX_ERRORS_SHOWN = 40;

const formatErrors = ({ split, errors }: SplitResult): string => {
  const shown = errors.slice(0, MAX_ERRORS_SHOWN);
  const lines = shown.map(({ row, predicted }) => `  ${predicted ? 'FP' : 'FN'} ${row.id}: ${row.text.replace(/\s+/g, ' ').slice(0, 200)}`);
  return [`${split.name}: ${errors.length} errors, first ${shown.length}:`, ...lines].join('\n');
};

/**
 * Runs `--set ct24` / `--set germeval` when asked for; returns false for any other set so the
 * caller's own eval runs. Options: --json, --errors.
 */
export const runRealCheckworthyIfRequested = (argv: string[]): boolean => {
  const { values } = parseArgs({ args: argv, strict: false, options: { set: { type: 'string' }, json: { type: 'boolean' }, errors: { type: 'boolean' } } });
  const set = values.set;
  if (typeof set !== 'string' || !(REAL_CHECKWORTHY_SETS as readonly string[]).includes(set)) return false;
  const dir = datasetsDir();
  const splits = SPLITS[set as RealCheckworthySet].filter((s) => existsSync(path.join(dir, s.file)));
  if (splits.length === 0) {
    console.log(`--set ${set}: skipped, no ${SPLITS[set as RealCheckworthySet].map((s) => s.file).join(' / ')} in ${dir} (set CLAIMSCOPE_DATASETS)`);
    return true;
  }
  const runs = splits.map((split) => runSplit(split, loadRows(path.join(dir, split.file))));
  if (values.json) {
    console.log(JSON.stringify(runs.map((r) => ({ split: r.split.name, metric: r.split.metric, rows: r.rows, positives: r.positives, seconds: r.seconds, results: r.results, halves: r.halves })), null, 2));
    return true;
  }
  console.log(runs.map(formatSplit).join('\n\n'));
  console.log('\nTuned on these files (research-use licences, no weights shipped): read the numbers as optimistic.');
  if (values.errors) console.log(`\n${runs.map(formatErrors).join('\n\n')}`);
  return true;
};
