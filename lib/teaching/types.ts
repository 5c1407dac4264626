import type { PairRelation } from '../engine/compare/pair-relations';

// Plain, serializable shapes the teaching pages hand to components/teaching (no Dates, no Prisma).

export type ClaimKindName = 'quote' | 'reported' | 'factual' | 'evaluative' | 'prediction';
export type StanceName = 'supports' | 'opposes' | 'neutral' | 'mixed';

/** One marked span: a student's annotation, the teacher's, or an accepted claim (the reference). */
export type AnnotationView = {
  id: string;
  documentId: string;
  start: number;
  end: number;
  quote: string;
  kind: ClaimKindName | null;
  speaker: string | null;
  hedged: boolean | null;
  stance: StanceName | null;
  topicId: string | null;
};

export type ExerciseDocument = { id: string; title: string; text: string; language: string };

/** A student's score against the reference (span F1 exact and overlapping, field accuracy on matched spans). */
export type StudentResult = {
  id: string;
  name: string;
  annotations: number;
  exact: { precision: number; recall: number; f1: number };
  overlap: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
  fields: { field: string; compared: number; correct: number; accuracy: number | null }[];
  /** Reference ids this student's spans matched (overlap), for the side-by-side view. */
  matchedReference: string[];
  matchedOwn: string[];
};

export type AlphaView = { field: string; alpha: number | null; units: number; annotators: number; pairable: number };
export type KappaView = { a: string; b: string; kappa: number | null; n: number };

/** One sentence of the heat map: how many students marked it and how much they disagree on it. */
export type SentenceHeat = {
  id: string;
  documentId: string;
  start: number;
  end: number;
  marked: number;
  disagreement: number;
  /** The values given, most frequent first ("unmarked", "marked" or a claim kind). */
  counts: { value: string; count: number }[];
};

export type ExerciseResults = {
  exerciseId: string;
  title: string;
  className: string;
  reference: 'teacher' | 'accepted';
  fields: string[];
  revealedAt: string;
  documents: ExerciseDocument[];
  referenceSpans: AnnotationView[];
  students: StudentResult[];
  studentAnnotations: Record<string, AnnotationView[]>;
  alpha: AlphaView[];
  pairwiseKappa: KappaView[];
  sentences: SentenceHeat[];
  /** Sentence ids, most disagreement first (only sentences someone marked). */
  disagreement: string[];
};

// ---- Comparison exercises ----

/** A relation between a left and a right item (lib/engine/compare's PairRelation). */
export type PairRelationName = PairRelation;

/** An item linked to the question: an accepted claim (claimId set) or the student's own span. */
export type ComparisonItemView = { id: string; documentId: string; claimId: string | null; start: number; end: number; quote: string; stance: StanceName };
export type ComparisonPairView = { id: string; leftItemId: string; rightItemId: string; relation: PairRelationName };
export type ComparisonWork = { items: ComparisonItemView[]; pairs: ComparisonPairView[] };

export type Ratio = { compared: number; correct: number; accuracy: number | null };

/** One student against the teacher's answer: items (overlap matching), stance on matched items, relation on matched pairs. */
export type ComparisonStudentResult = {
  id: string;
  name: string;
  items: number;
  pairs: number;
  links: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
  stance: Ratio;
  /** compared: the student's pairs whose two items match a reference pair's two items. */
  relation: Ratio & { referencePairs: number };
};

export type ComparisonResults = {
  exerciseId: string;
  title: string;
  className: string;
  question: { id: string; label: string } | null;
  revealedAt: string;
  documents: ExerciseDocument[];
  reference: ComparisonWork;
  students: ComparisonStudentResult[];
  work: Record<string, ComparisonWork>;
  /** Krippendorff's alpha (nominal) of the class: relation per pair of items, stance per item. */
  agreement: { relation: AlphaView; stance: AlphaView };
};

/** An accepted claim a student may link (its text only: no kind, links or stance). */
export type LinkableClaim = { id: string; documentId: string; start: number; end: number; text: string };
