// Each student's annotation against the teacher's reference: span F1, then field accuracy on the
// spans that matched.
import { matchSpans } from './spans';
import { AgreementError, type MatchOptions, type Rating, type Span, type SpanMatch, type SpanMode } from './types';

/** A field of a marked claim: kind, speaker, hedged, or a stance per topic (e.g. key "stance:TOPIC_ID"). */
export type FieldValue = string | number | boolean | null;

export type AnnotatedSpan = Span & { fields?: Readonly<Record<string, FieldValue | undefined>> };

export type StudentAnnotation = { student: string; spans: readonly AnnotatedSpan[] };

export type ReferenceScoreInput = {
  reference: readonly AnnotatedSpan[];
  students: readonly StudentAnnotation[];
  /** Fields to score; default: every field the reference uses, first-seen order. */
  fields?: readonly string[];
  /** Which matching the fields are scored on (default 'overlap'). */
  fieldsOn?: SpanMode;
} & MatchOptions;

export type FieldScore = {
  field: string;
  /** Matched spans whose reference span has this field. */
  compared: number;
  correct: number;
  /** correct / compared, null when nothing was compared. */
  accuracy: number | null;
};

export type FieldMismatch = { refIndex: number; predIndex: number; field: string; expected: FieldValue; actual: FieldValue | undefined };

export type StudentScore = {
  student: string;
  exact: SpanMatch;
  overlap: SpanMatch;
  fields: FieldScore[];
  mismatches: FieldMismatch[];
};

// Strings compare trimmed, case- and space-insensitively ("Jane  Porter" = "jane porter").
const normalize = (v: FieldValue | undefined) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ').toLowerCase() : v);

export const fieldsEqual = (expected: FieldValue | undefined, actual: FieldValue | undefined): boolean =>
  actual !== undefined && normalize(expected) === normalize(actual);

const fieldNames = (reference: readonly AnnotatedSpan[]) => [...new Set(reference.flatMap((s) => Object.keys(s.fields ?? {})))];

function scoreFields(input: ReferenceScoreInput, spans: readonly AnnotatedSpan[], pairs: [number, number][], fields: readonly string[]) {
  const mismatches: FieldMismatch[] = [];
  const scores = fields.map((field): FieldScore => {
    let compared = 0;
    let correct = 0;
    for (const [refIndex, predIndex] of pairs) {
      const expected = input.reference[refIndex].fields?.[field];
      if (expected === undefined) continue; // the reference does not say: nothing to score
      const actual = spans[predIndex].fields?.[field];
      compared += 1;
      if (fieldsEqual(expected, actual)) correct += 1;
      else mismatches.push({ refIndex, predIndex, field, expected, actual });
    }
    return { field, compared, correct, accuracy: compared ? correct / compared : null };
  });
  return { scores, mismatches };
}

/** Scores in the students' order. A field the student left empty on a matched span counts as wrong. */
export function scoreAgainstReference(input: ReferenceScoreInput): StudentScore[] {
  const names = new Set<string>();
  for (const s of input.students) {
    if (names.has(s.student)) throw new AgreementError('DUPLICATE_STUDENT', `student ${s.student} appears twice`);
    names.add(s.student);
  }
  const fields = input.fields ?? fieldNames(input.reference);
  return input.students.map(({ student, spans }) => {
    const exact = matchSpans(input.reference, spans, 'exact', input);
    const overlap = matchSpans(input.reference, spans, 'overlap', input);
    const { scores, mismatches } = scoreFields(input, spans, (input.fieldsOn === 'exact' ? exact : overlap).pairs, fields);
    return { student, exact, overlap, fields: scores, mismatches };
  });
}

/**
 * The students' values of one field as ratings for alpha/kappa: one unit per reference span
 * (`ref:INDEX`), taken from the student span matched to it; unmatched or empty fields are absent.
 * Strings are normalized as for scoring; booleans become "true"/"false", null becomes "none"
 * (e.g. no speaker: the author's own claim).
 */
export function fieldRatings(input: ReferenceScoreInput, field: string): Rating[] {
  const ratings: Rating[] = [];
  for (const { student, spans } of input.students) {
    const { pairs } = matchSpans(input.reference, spans, input.fieldsOn ?? 'overlap', input);
    for (const [refIndex, predIndex] of pairs) {
      const value = spans[predIndex].fields?.[field];
      if (value === undefined) continue;
      const normalized = normalize(value);
      ratings.push({ unit: `ref:${refIndex}`, annotator: student, value: normalized === null ? 'none' : typeof normalized === 'boolean' ? String(normalized) : normalized! });
    }
  }
  return ratings;
}
