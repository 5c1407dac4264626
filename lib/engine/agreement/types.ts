// Public types of the agreement statistics (teaching mode). Pure data: no I/O.

/** Level of measurement of the values: decides the difference function of Krippendorff's alpha. */
export type Level = 'nominal' | 'ordinal' | 'interval';

export type RatingValue = string | number;

/** One annotator's value for one unit (a sentence, a claim, …). A skipped unit is simply absent. */
export type Rating = { unit: string; annotator: string; value: RatingValue };

/** Why a coefficient has no value. */
export type UndefinedReason =
  /** No unit has two or more values (a single annotator, or annotators that never rated the same unit). */
  | 'no-pairable-values'
  /** Every pairable value is the same: observed and expected disagreement are both 0, alpha/kappa is 0/0. */
  | 'no-variation';

export type AlphaOptions = {
  /** Ordinal string values from lowest to highest; without it, first-seen order. Numbers order by value. */
  order?: readonly string[];
};

export type AlphaResult = {
  alpha: number | null;
  /** Units with ≥ 2 values: the ones alpha is computed over. */
  units: number;
  /** Distinct annotators in the input. */
  annotators: number;
  /** Values in those units (Krippendorff's n). */
  pairable: number;
  /** Observed disagreement Do (null when there are no pairable values). */
  observed: number | null;
  /** Disagreement expected by chance De (null when there are no pairable values). */
  expected: number | null;
  reason?: UndefinedReason;
};

export type KappaResult = {
  kappa: number | null;
  /** Positions both annotators rated. */
  n: number;
  /** Share of those positions where they agree (0 when n = 0). */
  observed: number;
  /** Agreement expected by chance from the two annotators' own marginals (0 when n = 0). */
  expected: number;
  reason?: UndefinedReason;
};

export type PairKappa = KappaResult & { a: string; b: string };

/** A character range [start, end) in a document text, optionally labelled. */
export type Span = { start: number; end: number; label?: string };

export type SpanMode = 'exact' | 'overlap';

export type MatchOptions = {
  /** Overlap mode: a pair counts only when |A∩B| / |A∪B| reaches this (default 0: any shared character). */
  minJaccard?: number;
  /** Also require equal labels (default false: labels are scored as a field, not as part of the span). */
  compareLabels?: boolean;
};

export type SpanMatch = {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched pairs as [reference index, predicted index], by reference index. */
  pairs: [number, number][];
};

export type AgreementErrorCode = 'DUPLICATE_RATING' | 'BAD_VALUE' | 'MIXED_VALUES' | 'UNKNOWN_ORDER_VALUE' | 'LENGTH_MISMATCH' | 'BAD_SPAN' | 'DUPLICATE_STUDENT';

/** Input the statistics cannot be computed on (a programming or validation error, not an outcome). */
export class AgreementError extends Error {
  readonly code: AgreementErrorCode;

  constructor(code: AgreementErrorCode, message: string) {
    super(message);
    this.name = 'AgreementError';
    this.code = code;
  }
}
