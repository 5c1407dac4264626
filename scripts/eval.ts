// Scores the extraction engine on the annotated dev set (tests/fixtures/dev-set) or, with
// --set heldout / heldout2, on the blind held-out sets (tests/fixtures/heldout, heldout-2).
// --set ct24 / germeval: check-worthiness on shared-task data (scripts/eval/real-checkworthy.ts).
// --set spkatt scores speaker attribution on real speeches (scripts/eval/spkatt.ts); --set attribution
// on blind news paragraphs, --set subjectivity the subjective flag on blind news sentences.
// Usage: npm run eval -- [--set dev|heldout|heldout2|spkatt|attribution|subjectivity|ct24|germeval] [--lang de|en] [--json] [--errors] [--labels (spkatt)]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractClaims } from '../lib/engine/index.ts';
import { type DevItem, EVAL_SETS, type EvalSetName, loadDevSet } from './eval/dev-set.ts';
import { runRealCheckworthyIfRequested } from './eval/real-checkworthy.ts';
import { computeMetrics, formatIssues, formatLanguageTable, formatMetrics } from './eval/report.ts';
import { type Issue, type PredictedClaim, type Summary, mergeSummaries, scoreItem } from './eval/score.ts';
import { runSpkatt } from './eval/spkatt.ts';
import { runSubjectivity } from './eval/subjectivity.ts';
import { runAttribution } from './eval/attribution-news.ts';

/** Sets scored by their own runner rather than the annotated-claims scorer. */
const RUNNERS: Record<string, (options: { json: boolean; errors: boolean; labels: boolean }) => number> = {
  spkatt: (options) => runSpkatt(path.resolve(import.meta.dirname, '..'), options),
  subjectivity: (options) => runSubjectivity(path.resolve(import.meta.dirname, '..'), options),
  attribution: (options) => runAttribution(path.resolve(import.meta.dirname, '..'), options),
};

type ItemRun = { item: DevItem; summary: Summary; issues: Issue[] };

function readOptions(): { set: EvalSetName; lang?: 'de' | 'en'; json: boolean; errors: boolean } {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: 'dev' },
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
      errors: { type: 'boolean', default: false },
      labels: { type: 'boolean', default: false },
    },
  });
  if (values.lang !== undefined && values.lang !== 'de' && values.lang !== 'en') {
    console.error(`--lang must be de or en, got ${values.lang}`);
    process.exit(2);
  }
  const set = values.set ?? 'dev';
  const runner = RUNNERS[set];
  if (runner) process.exit(runner({ json: values.json ?? false, errors: values.errors ?? false, labels: values.labels ?? false }));
  if (!Object.hasOwn(EVAL_SETS, set)) {
    console.error(`--set must be ${[...Object.keys(EVAL_SETS), ...Object.keys(RUNNERS)].join(' or ')}, got ${set}`);
    process.exit(2);
  }
  return {
    set: set as EvalSetName,
    lang: values.lang as 'de' | 'en' | undefined,
    json: values.json ?? false,
    errors: values.errors ?? false,
  };
}

function predictClaims(item: DevItem): { claims: PredictedClaim[]; error?: string } {
  try {
    return { claims: extractClaims(item.text, { lang: item.lang }).claims };
  } catch (error) {
    return { claims: [], error: error instanceof Error ? error.message : String(error) };
  }
}

function runItems(items: DevItem[]): ItemRun[] {
  return items.map((item) => {
    const { claims, error } = predictClaims(item);
    const { summary, issues } = scoreItem(item, claims);
    return { item, summary, issues: error ? [{ id: item.id, type: 'missed', detail: `engine threw: ${error}` }, ...issues] : issues };
  });
}

function main(): void {
  if (runRealCheckworthyIfRequested(process.argv.slice(2))) return;
  const options = readOptions();
  const items = loadDevSet({ dir: EVAL_SETS[options.set], lang: options.lang });
  const started = performance.now();
  const runs = runItems(items);
  const seconds = (performance.now() - started) / 1000;
  const langs = [...new Set(items.map((item) => item.lang))].sort();
  const overall = computeMetrics(mergeSummaries(runs.map((run) => run.summary)));
  const perLang = langs.map((lang) => ({
    lang,
    metrics: computeMetrics(mergeSummaries(runs.filter((run) => run.item.lang === lang).map((run) => run.summary))),
  }));
  const issues = runs.flatMap((run) => run.issues);

  if (options.json) {
    const byLang = Object.fromEntries(perLang.map(({ lang, metrics }) => [lang, metrics]));
    const output = { overall, byLang, seconds, ...(options.errors ? { issues } : {}) };
    console.log(JSON.stringify(output, null, 2));
    return;
  }
  const setName = `${options.set} set`;
  const title = options.lang ? `${setName} (${options.lang})` : `${setName} (de + en)`;
  console.log(formatMetrics(title, overall));
  console.log('');
  console.log(formatLanguageTable(perLang));
  for (const { lang, metrics } of perLang.length > 1 ? perLang : []) {
    console.log('');
    console.log(formatMetrics(lang, metrics));
  }
  console.log('');
  console.log(`${items.length} items in ${seconds.toFixed(2)} s; ${issues.length} mismatches (--errors to list them)`);
  if (options.errors) {
    console.log('');
    console.log(formatIssues(issues));
  }
}

main();
