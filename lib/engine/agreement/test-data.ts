// Published reliability data used by the tests (kept apart so each test file stays readable).
import type { Rating } from './types';

/** A matrix of observers × units (null = no value) as ratings; units are named u1, u2, … */
export function fromMatrix(rows: Record<string, readonly (string | number | null)[]>): Rating[] {
  return Object.entries(rows).flatMap(([annotator, values]) =>
    values.flatMap((value, i) => (value === null ? [] : [{ unit: `u${i + 1}`, annotator, value }])),
  );
}

/**
 * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
 * Communication, University of Pennsylvania (Departmental Papers), example C:
 * 4 observers, 12 units, values 1–5, missing values. Published: nominal 0.743, ordinal 0.815,
 * interval 0.849. (The same data ship as the "C" example of R's irr::kripp.alpha / DescTools::KrippAlpha.)
 */
export const krippendorffC = fromMatrix({
  A: [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  C: [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
});

/** The same paper, example A: 2 observers, 10 units, binary values. Published: alpha = 0.095. */
export const krippendorffA = fromMatrix({
  A: [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
  B: [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
});
