// Agreement statistics for teaching mode: the module's only public entry point.
export type * from './types';
export { AgreementError } from './types';
export { krippendorffAlpha } from './alpha';
export { cohenKappa, pairwiseKappa } from './kappa';
export { matchSpans, spanJaccard } from './spans';
export {
  scoreAgainstReference,
  fieldRatings,
  fieldsEqual,
  type AnnotatedSpan,
  type FieldMismatch,
  type FieldScore,
  type FieldValue,
  type ReferenceScoreInput,
  type StudentAnnotation,
  type StudentScore,
} from './reference-scores';
export {
  rankDisagreement,
  disagreementBySentence,
  MARKED,
  UNMARKED,
  type RankOptions,
  type SentenceBounds,
  type SentenceDisagreement,
  type SpanAnnotation,
  type UnitDisagreement,
  type ValueCount,
} from './disagreement';
