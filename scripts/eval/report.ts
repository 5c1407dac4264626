// Turns eval summaries into metrics (for --json) and plain-text tables.
import type { ClaimKind } from '../../lib/engine/types.ts';
import { CLAIM_KINDS } from './dev-set.ts';
import { type Counts, type FlagCounts, type Issue, type Prf, type Summary, computePrf, computeRatio } from './score.ts';

type Metric = Prf & Counts;
type FlagMetric = { accuracy: number | null; total: number } & Metric;

export type Metrics = {
  items: number;
  goldClaims: number;
  predictedClaims: number;
  nonClaimItems: { total: number; withPredictions: number };
  detection: Metric;
  byKind: Record<ClaimKind, Metric>;
  macroKindF1: number | null;
  speaker: { accuracy: number | null; total: number; namedAccuracy: number | null; named: number };
  hedged: FlagMetric;
  negated: FlagMetric;
  quantities: {
    gold: number;
    predicted: number;
    valueRecall: number | null;
    valuePrecision: number | null;
    qualifierAccuracy: number | null;
    fullMatchRecall: number | null;
    unitAccuracy: number | null;
    falsePositive: number;
  };
};

const toMetric = (counts: Counts): Metric => ({ ...counts, ...computePrf(counts) });

const toFlagMetric = (flag: FlagCounts): FlagMetric => ({
  ...toMetric(flag),
  accuracy: computeRatio(flag.correct, flag.total),
  total: flag.total,
});

export function computeMetrics(summary: Summary): Metrics {
  const byKind = Object.fromEntries(CLAIM_KINDS.map((kind) => [kind, toMetric(summary.byKind[kind])])) as Record<
    ClaimKind,
    Metric
  >;
  const kindF1s = CLAIM_KINDS.map((kind) => byKind[kind].f1).filter((f1): f1 is number => f1 !== null);
  const q = summary.quantities;
  return {
    items: summary.items,
    goldClaims: summary.goldClaims,
    predictedClaims: summary.predictedClaims,
    nonClaimItems: { total: summary.nonClaimItems, withPredictions: summary.nonClaimItemsWithPredictions },
    detection: toMetric(summary.detection),
    byKind,
    macroKindF1: kindF1s.length === 0 ? null : kindF1s.reduce((a, b) => a + b, 0) / kindF1s.length,
    speaker: {
      accuracy: computeRatio(summary.speaker.correct, summary.speaker.total),
      total: summary.speaker.total,
      namedAccuracy: computeRatio(summary.speaker.namedCorrect, summary.speaker.named),
      named: summary.speaker.named,
    },
    hedged: toFlagMetric(summary.hedged),
    negated: toFlagMetric(summary.negated),
    quantities: {
      gold: q.gold,
      predicted: q.predicted,
      valueRecall: computeRatio(q.valueMatched, q.gold),
      valuePrecision: computeRatio(q.valueMatched, q.predicted),
      qualifierAccuracy: computeRatio(q.qualifierCorrect, q.valueMatched),
      fullMatchRecall: computeRatio(q.qualifierCorrect, q.gold),
      unitAccuracy: computeRatio(q.unitCorrect, q.unitTotal),
      falsePositive: q.falsePositive,
    },
  };
}

const pct = (value: number | null): string => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
const pad = (text: string, width: number): string => text.padEnd(width);
const lpad = (text: string, width: number): string => text.padStart(width);

function formatPrfRow(label: string, metric: Metric): string {
  const cells = [metric.precision, metric.recall, metric.f1].map((value) => lpad(pct(value), 8));
  const counts = [metric.tp, metric.fp, metric.fn].map((value) => lpad(String(value), 5));
  return `${pad(label, 22)}${cells.join('')}${counts.join('')}`;
}

/** The main table for one subset (all items or one language). */
export function formatMetrics(title: string, metrics: Metrics): string {
  const q = metrics.quantities;
  const lines = [
    `== ${title}: ${metrics.items} items, ${metrics.goldClaims} gold claims, ${metrics.predictedClaims} predicted`,
    `${pad('', 22)}${['P', 'R', 'F1'].map((h) => lpad(h, 8)).join('')}${['TP', 'FP', 'FN'].map((h) => lpad(h, 5)).join('')}`,
    formatPrfRow('detection (any kind)', metrics.detection),
    ...CLAIM_KINDS.map((kind) => formatPrfRow(`  ${kind}`, metrics.byKind[kind])),
    `${pad('  macro F1 (kinds)', 38)}${lpad(pct(metrics.macroKindF1), 8)}`,
    `non-claim items with predictions: ${metrics.nonClaimItems.withPredictions}/${metrics.nonClaimItems.total}`,
    '',
    'on matched claims:',
    `  speaker accuracy   ${lpad(pct(metrics.speaker.accuracy), 7)}  (n=${metrics.speaker.total}; named gold speakers ${pct(metrics.speaker.namedAccuracy)}, n=${metrics.speaker.named})`,
    formatFlagLine('hedged', metrics.hedged),
    formatFlagLine('negated', metrics.negated),
    `  quantities         value recall ${pct(q.valueRecall)} (gold ${q.gold}), value precision ${pct(q.valuePrecision)} (predicted ${q.predicted})`,
    `                     qualifier acc ${pct(q.qualifierAccuracy)}, value+qualifier recall ${pct(q.fullMatchRecall)}, unit acc ${pct(q.unitAccuracy)}, false positives ${q.falsePositive}`,
  ];
  return lines.join('\n');
}

function formatFlagLine(label: string, flag: FlagMetric): string {
  return `  ${pad(`${label} accuracy`, 19)}${lpad(pct(flag.accuracy), 7)}  (n=${flag.total}; true: P ${pct(flag.precision)} R ${pct(flag.recall)}, tp ${flag.tp} fp ${flag.fp} fn ${flag.fn})`;
}

/** Per-language comparison of the headline numbers. */
export function formatLanguageTable(rows: Array<{ lang: string; metrics: Metrics }>): string {
  const header = ['lang', 'items', 'det F1', 'kind mF1', 'speaker', 'hedged', 'negated', 'qty R', 'qual acc'];
  const widths = [6, 7, 9, 10, 9, 8, 9, 8, 9];
  const format = (cells: string[]): string => cells.map((cell, i) => lpad(cell, widths[i])).join('');
  const body = rows.map(({ lang, metrics }) =>
    format([
      lang,
      String(metrics.items),
      pct(metrics.detection.f1),
      pct(metrics.macroKindF1),
      pct(metrics.speaker.accuracy),
      pct(metrics.hedged.accuracy),
      pct(metrics.negated.accuracy),
      pct(metrics.quantities.valueRecall),
      pct(metrics.quantities.qualifierAccuracy),
    ]),
  );
  return ['== per language', format(header), ...body].join('\n');
}

/** Mismatches grouped by type, for engine developers (--errors). */
export function formatIssues(issues: Issue[]): string {
  if (issues.length === 0) return 'no mismatches';
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) groups.set(issue.type, [...(groups.get(issue.type) ?? []), issue]);
  const sections = [...groups.entries()].map(
    ([type, group]) => `-- ${type} (${group.length})\n${group.map((issue) => `  ${pad(issue.id, 8)} ${issue.detail}`).join('\n')}`,
  );
  return ['== mismatches (gold ← predicted)', ...sections].join('\n');
}
