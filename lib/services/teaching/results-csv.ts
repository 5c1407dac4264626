import { stringify } from 'csv-stringify/sync';
import type { ExerciseResults } from '../../teaching/types.ts';
import { safeCell } from '../../exports/csv.ts';

// One row per student: span scores against the reference, then accuracy per asked field.
const round = (v: number | null) => (v === null ? '' : v.toFixed(3));

export function resultsCsv(results: ExerciseResults): string {
  const header = ['student', 'annotations', 'exact_f1', 'overlap_precision', 'overlap_recall', 'overlap_f1', 'matched', 'missed', 'extra', ...results.fields.map((f) => `${f}_accuracy`)];
  const rows = results.students.map((s) => [
    safeCell(s.name),
    s.annotations,
    round(s.exact.f1),
    round(s.overlap.precision),
    round(s.overlap.recall),
    round(s.overlap.f1),
    s.overlap.tp,
    s.overlap.fn,
    s.overlap.fp,
    ...results.fields.map((f) => round(s.fields.find((x) => x.field === f)?.accuracy ?? null)),
  ]);
  return stringify([header, ...rows]);
}
