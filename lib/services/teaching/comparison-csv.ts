import { stringify } from 'csv-stringify/sync';
import type { ComparisonResults } from '../../teaching/types.ts';
import { safeCell } from '../../exports/csv.ts';

// One row per student of a comparison exercise: item links, stance and relation against the
// teacher's answer; the class's alpha on relation and stance repeats on every row.
const round = (v: number | null) => (v === null ? '' : v.toFixed(3));

export function comparisonCsv(results: ComparisonResults): string {
  const header = ['student', 'items', 'pairs', 'link_precision', 'link_recall', 'link_f1', 'items_matched', 'items_missed', 'items_extra', 'stance_accuracy', 'relation_accuracy', 'pairs_matched', 'reference_pairs', 'class_alpha_relation', 'class_alpha_stance'];
  const rows = results.students.map((s) => [
    safeCell(s.name),
    s.items,
    s.pairs,
    round(s.links.precision),
    round(s.links.recall),
    round(s.links.f1),
    s.links.tp,
    s.links.fn,
    s.links.fp,
    round(s.stance.accuracy),
    round(s.relation.accuracy),
    s.relation.compared,
    s.relation.referencePairs,
    round(results.agreement.relation.alpha),
    round(results.agreement.stance.alpha),
  ]);
  return stringify([header, ...rows]);
}
