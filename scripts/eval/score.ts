// Pure scoring of predicted claims against the gold annotations of the dev set.
import type { ClaimKind } from '../../lib/engine/types.ts';
import { CLAIM_KINDS, type DevItem, type GoldClaim } from './dev-set.ts';
import {
  type ComparableQuantity,
  type Span,
  isSameSpeaker,
  isSameUnit,
  matchQuantities,
  matchSpans,
} from './match.ts';

/** The part of an engine Claim the eval looks at (an engine Claim is assignable to it). */
export type PredictedClaim = Span & {
  kind: ClaimKind;
  speaker: string | null;
  hedged: boolean;
  negated: boolean;
  quantities: ComparableQuantity[];
};

export type Counts = { tp: number; fp: number; fn: number };
/** A boolean attribute on matched claims: accuracy plus counts with `true` as positive. */
export type FlagCounts = Counts & { total: number; correct: number };
export type QuantityCounts = {
  gold: number;
  predicted: number;
  valueMatched: number;
  qualifierCorrect: number;
  unitTotal: number;
  unitCorrect: number;
  falsePositive: number;
};

export type Summary = {
  items: number;
  goldClaims: number;
  predictedClaims: number;
  nonClaimItems: number;
  nonClaimItemsWithPredictions: number;
  detection: Counts;
  byKind: Record<ClaimKind, Counts>;
  speaker: { total: number; correct: number; named: number; namedCorrect: number };
  hedged: FlagCounts;
  negated: FlagCounts;
  quantities: QuantityCounts;
};

export type IssueType =
  | 'missed'
  | 'spurious'
  | 'kind'
  | 'speaker'
  | 'hedged'
  | 'negated'
  | 'quantity-missed'
  | 'quantity-spurious'
  | 'qualifier'
  | 'unit';

export type Issue = { id: string; type: IssueType; detail: string };

export type ItemScore = { summary: Summary; issues: Issue[] };

const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const zeroFlag = (): FlagCounts => ({ ...zeroCounts(), total: 0, correct: 0 });

export function createSummary(): Summary {
  return {
    items: 0,
    goldClaims: 0,
    predictedClaims: 0,
    nonClaimItems: 0,
    nonClaimItemsWithPredictions: 0,
    detection: zeroCounts(),
    byKind: Object.fromEntries(CLAIM_KINDS.map((kind) => [kind, zeroCounts()])) as Record<ClaimKind, Counts>,
    speaker: { total: 0, correct: 0, named: 0, namedCorrect: 0 },
    hedged: zeroFlag(),
    negated: zeroFlag(),
    quantities: {
      gold: 0,
      predicted: 0,
      valueMatched: 0,
      qualifierCorrect: 0,
      unitTotal: 0,
      unitCorrect: 0,
      falsePositive: 0,
    },
  };
}

/** Adds every numeric field of `source` into `target` (same shape), recursively. */
function addInto(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'number') target[key] = (target[key] as number) + value;
    else addInto(target[key] as Record<string, unknown>, value as Record<string, unknown>);
  }
}

export function mergeSummaries(summaries: Summary[]): Summary {
  const total = createSummary();
  for (const summary of summaries) addInto(total, summary);
  return total;
}

export function locateGoldSpan(text: string, claim: GoldClaim): Span {
  const start = text.indexOf(claim.quote);
  if (start < 0) throw new Error(`gold quote not found in text: ${claim.quote}`);
  return { start, end: start + claim.quote.length };
}

function scoreFlag(flag: FlagCounts, gold: boolean, predicted: boolean): boolean {
  flag.total += 1;
  if (gold === predicted) flag.correct += 1;
  if (gold && predicted) flag.tp += 1;
  if (!gold && predicted) flag.fp += 1;
  if (gold && !predicted) flag.fn += 1;
  return gold === predicted;
}

const formatQuantity = (q: ComparableQuantity): string => `${q.value} ${q.qualifier} ${q.unit ?? '∅'}`;

function scoreQuantities(summary: Summary, issues: Issue[], id: string, gold: GoldClaim, predicted: PredictedClaim): void {
  const q = summary.quantities;
  q.gold += gold.quantities.length;
  q.predicted += predicted.quantities.length;
  const pairs = matchQuantities(gold.quantities, predicted.quantities);
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedPredicted = new Set(pairs.map(([, p]) => p));
  for (const [g, p] of pairs) {
    const goldQuantity = gold.quantities[g];
    const predictedQuantity = predicted.quantities[p];
    q.valueMatched += 1;
    if (goldQuantity.qualifier === predictedQuantity.qualifier) q.qualifierCorrect += 1;
    else issues.push({ id, type: 'qualifier', detail: `${formatQuantity(goldQuantity)} ← ${formatQuantity(predictedQuantity)}` });
    if (goldQuantity.unit === null) continue;
    q.unitTotal += 1;
    if (isSameUnit(goldQuantity.unit, predictedQuantity.unit)) q.unitCorrect += 1;
    else issues.push({ id, type: 'unit', detail: `${formatQuantity(goldQuantity)} ← ${formatQuantity(predictedQuantity)}` });
  }
  gold.quantities.forEach((quantity, g) => {
    if (!matchedGold.has(g)) issues.push({ id, type: 'quantity-missed', detail: formatQuantity(quantity) });
  });
  predicted.quantities.forEach((quantity, p) => {
    if (matchedPredicted.has(p)) return;
    q.falsePositive += 1;
    issues.push({ id, type: 'quantity-spurious', detail: formatQuantity(quantity) });
  });
}

function scorePair(summary: Summary, issues: Issue[], item: DevItem, gold: GoldClaim, predicted: PredictedClaim): void {
  const id = item.id;
  const label = `“${gold.quote.slice(0, 60)}”`;
  summary.detection.tp += 1;
  if (gold.kind === predicted.kind) summary.byKind[gold.kind].tp += 1;
  else {
    summary.byKind[gold.kind].fn += 1;
    summary.byKind[predicted.kind].fp += 1;
    issues.push({ id, type: 'kind', detail: `${gold.kind} ← ${predicted.kind}: ${label}` });
  }
  summary.speaker.total += 1;
  const isSpeakerCorrect = isSameSpeaker(gold.speaker, predicted.speaker);
  if (isSpeakerCorrect) summary.speaker.correct += 1;
  if (gold.speaker !== null) {
    summary.speaker.named += 1;
    if (isSpeakerCorrect) summary.speaker.namedCorrect += 1;
  }
  if (!isSpeakerCorrect) issues.push({ id, type: 'speaker', detail: `${gold.speaker} ← ${predicted.speaker}: ${label}` });
  if (!scoreFlag(summary.hedged, gold.hedged, predicted.hedged)) {
    issues.push({ id, type: 'hedged', detail: `${gold.hedged} ← ${predicted.hedged}: ${label}` });
  }
  if (!scoreFlag(summary.negated, gold.negated, predicted.negated)) {
    issues.push({ id, type: 'negated', detail: `${gold.negated} ← ${predicted.negated}: ${label}` });
  }
  scoreQuantities(summary, issues, id, gold, predicted);
}

/** Scores one dev-set item against the claims predicted for its text. */
export function scoreItem(item: DevItem, predicted: PredictedClaim[]): ItemScore {
  const summary = createSummary();
  const issues: Issue[] = [];
  summary.items = 1;
  summary.goldClaims = item.claims.length;
  summary.predictedClaims = predicted.length;
  if (item.claims.length === 0) {
    summary.nonClaimItems = 1;
    if (predicted.length > 0) summary.nonClaimItemsWithPredictions = 1;
  }
  const goldSpans = item.claims.map((claim) => locateGoldSpan(item.text, claim));
  const pairs = matchSpans(goldSpans, predicted);
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedPredicted = new Set(pairs.map(([, p]) => p));
  for (const [g, p] of pairs) scorePair(summary, issues, item, item.claims[g], predicted[p]);
  item.claims.forEach((claim, g) => {
    if (matchedGold.has(g)) return;
    summary.detection.fn += 1;
    summary.byKind[claim.kind].fn += 1;
    issues.push({ id: item.id, type: 'missed', detail: `${claim.kind}: “${claim.quote.slice(0, 80)}”` });
  });
  predicted.forEach((claim, p) => {
    if (matchedPredicted.has(p)) return;
    summary.detection.fp += 1;
    summary.byKind[claim.kind].fp += 1;
    const text = item.text.slice(claim.start, claim.end);
    issues.push({ id: item.id, type: 'spurious', detail: `${claim.kind}: “${text.slice(0, 80)}”` });
  });
  return { summary, issues };
}

export type Prf = { precision: number | null; recall: number | null; f1: number | null };

/** Precision, recall and F1; null where the denominator is zero. */
export function computePrf(counts: Counts): Prf {
  const precision = counts.tp + counts.fp === 0 ? null : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? null : counts.tp / (counts.tp + counts.fn);
  const f1 =
    precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function computeRatio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
