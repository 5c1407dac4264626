// Types of the comparison engine. Pure data: no Next.js, Prisma or I/O.
import type { Claim, EntityType, Lang, Quantity, Qualifier } from '../types';

/** The subset of an extracted Claim the comparison needs, plus its identity. */
export type CompareClaim = {
  id: string;
  documentId: string;
  text: string;
  kind: Claim['kind'];
  speaker: string | null;
  hedged: boolean;
  negated: boolean;
  quantities: Quantity[];
  entities: { canonical: string; type: EntityType }[];
  lang: Lang;
  /** ISO-like date of the claim's document ("2023", "2023-10"), when known. */
  published?: string;
  /** Offset of the claim in its document (quantity offsets are document offsets). */
  start?: number;
};

export type CompareDocument = {
  id: string;
  published?: string;
  claims: CompareClaim[];
};

export type Stance = 'supports' | 'opposes' | 'neutral' | 'mixed';

export type Relation = 'agree' | 'contradict' | 'number-changed' | 'related' | 'only-left' | 'only-right';

export type StanceResult = {
  stance: Stance;
  /** In [0, 1]. */
  confidence: number;
  /** Machine-readable cue list, e.g. ["positive:geschätzt", "negation:nicht→abzugsforderungen"]. */
  cues: string[];
  /** English sentence naming the cues. */
  rationale: string;
};

/**
 * A topic is a proposition claims can support or oppose. `concepts` are ConceptGroup ids
 * (inferred from label + question when omitted). `polarity` -1 means the proposition is the
 * opposite pole of its concepts ("Should the mission withdraw?"); inferred when omitted.
 */
/** Why an automatic topic exists: the same measured thing, opposite evaluations, or similar wording. */
export type TopicKind = 'number' | 'flip' | 'proposition' | 'continuation';

export type CompareTopic = {
  id?: string;
  label: string;
  /** Set on automatic topics; editors' topics have none. */
  kind?: TopicKind;
  question?: string;
  concepts?: string[];
  polarity?: 1 | -1;
};

/** Link of a claim to a topic. `topicKey` is the topic's id, or its label when it has no id. */
export type TopicLink = {
  topicKey: string;
  claimId: string;
  source: 'auto' | 'human';
  /** Human links must carry a stance; auto links without one get detectStance. */
  stance?: Stance;
  confidence?: number;
  rationale?: string;
  /** Stance cues read when the link was made; without them a comparison reads them again. */
  cues?: string[];
};

export type PairScoreParts = {
  lexical: number;
  /** Shared phrases (IDF-weighted), when scored with corpus statistics. */
  phrase?: number;
  trigram?: number;
  fts?: number;
  entities: number;
  concepts: number;
  quantitySubject: number;
  /** Cosine of the sense-expanded key sets (lexical/retrieval.ts), when retrieval proposed the pair. */
  retrieval?: number;
};

export type ClaimPairScore = {
  leftId: string;
  rightId: string;
  /** Weighted combination of the available parts, in [0, 1]. */
  score: number;
  parts: PairScoreParts;
  explanation: string[];
};

/** Optional scores computed by the database (pg_trgm similarity, ts_rank), each in [0, 1]. */
export type ExternalScores = { trigram?: number; fts?: number; retrieval?: number; retrievalShared?: string[] };

export type ChangeEnd = { value: number; qualifier: Qualifier; text: string; claimId: string };

export type UnitKind = 'percent' | 'currency' | 'count' | 'measure';

export type NumberChange = {
  /** Display form of the counted subject, e.g. "NATO" or "Impfquote". */
  subject: string;
  unit: string;
  unitKind: UnitKind;
  from: ChangeEnd;
  to: ChangeEnd;
  /** to − from (percentage points when unitKind is "percent"). */
  delta: number;
  /** Relative change in percent, rounded to 0.1; null when from is 0. */
  percent: number | null;
};

export type ClaimWithStance = {
  claim: CompareClaim;
  stance: Stance;
  confidence: number;
  source: 'auto' | 'human';
  rationale: string;
};

export type ComparisonRow = {
  topic: { id?: string; label: string };
  relation: Relation;
  left: ClaimWithStance[];
  right: ClaimWithStance[];
  change?: NumberChange;
  score: number;
  explanation: string;
};

export type LinkPair = { leftId: string; rightId: string };

export type LinkEvaluation = {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
};
