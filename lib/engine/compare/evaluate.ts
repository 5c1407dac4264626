// Precision/recall of suggested claim links against gold links.
import type { LinkEvaluation, LinkPair } from './types';

const keyOf = (p: LinkPair): string => (p.leftId < p.rightId ? `${p.leftId}|${p.rightId}` : `${p.rightId}|${p.leftId}`);

/**
 * Precision, recall and F1 of predicted links (unordered claim pairs) against gold links.
 * Empty predictions against empty gold count as perfect; otherwise an empty side scores 0.
 */
export function evaluateLinks(predicted: LinkPair[], gold: LinkPair[]): LinkEvaluation {
  const goldKeys = new Set(gold.map(keyOf));
  const predictedKeys = new Set(predicted.map(keyOf));
  const truePositives = [...predictedKeys].filter((k) => goldKeys.has(k)).length;
  const falsePositives = predictedKeys.size - truePositives;
  const falseNegatives = goldKeys.size - truePositives;
  const precision = predictedKeys.size === 0 ? (goldKeys.size === 0 ? 1 : 0) : truePositives / predictedKeys.size;
  const recall = goldKeys.size === 0 ? 1 : truePositives / goldKeys.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { precision: round(precision), recall: round(recall), f1: round(f1), truePositives, falsePositives, falseNegatives };
}

/**
 * Cross-document claim pairs implied by groups of claim ids (topics or clusters): every pair
 * of claims in the same group that come from different documents.
 */
export function crossDocumentPairs(groups: string[][], documentOf: (claimId: string) => string | undefined): LinkPair[] {
  const pairs: LinkPair[] = [];
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (documentOf(group[i]) !== documentOf(group[j])) pairs.push({ leftId: group[i], rightId: group[j] });
      }
    }
  }
  return pairs;
}
