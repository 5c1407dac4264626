// Public types of the extraction engine. Pure data: no Next.js, Prisma or I/O.
import type { PolarWords } from './extract/polar-words';

export type Lang = 'de' | 'en';

export type ClaimKind = 'quote' | 'reported' | 'factual' | 'evaluative' | 'prediction';

export type Voice = 'speaker' | 'author';

export type Qualifier = 'about' | 'over' | 'under' | 'up-to' | 'at-least' | 'exact' | 'few';

export type Quantity = {
  /** Exact surface text, e.g. "rund 5.000". */
  text: string;
  /** Offsets into the whole document text (text === doc.slice(start, end)). */
  start: number;
  end: number;
  value: number;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  /** Unit or counted noun as written ("Soldaten", "troops", "%", "Euro"), or null. */
  unit: string | null;
  /** What is counted when the sentence names it (e.g. "NATO", "US troops"), or null. */
  subject: string | null;
};

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export type Entity = {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  /** Canonical name after alias/acronym merging within the document. */
  canonical: string;
};

export type DateMention = {
  text: string;
  start: number;
  end: number;
  /** ISO-like: "2023", "2023-10", "2023-10-15". */
  value: string;
  precision: 'day' | 'month' | 'year';
};

export type Claim = {
  text: string;
  start: number;
  end: number;
  /** Up to 32 characters of document text before/after the claim, for re-anchoring. */
  prefix: string;
  suffix: string;
  kind: ClaimKind;
  voice: Voice;
  /** Named speaker for quotes/reported speech; null when the author asserts it. */
  speaker: string | null;
  /** The speech verb / marker that identified the speaker ("sagte", "according to"), or null. */
  cue: string | null;
  hedged: boolean;
  /** Cue word that made it hedged, or null. */
  hedgeCue: string | null;
  negated: boolean;
  negationCue: string | null;
  checkworthiness: number;
  /** Judges, states an opinion or a wish, or asks for something, rather than describing. */
  subjective: boolean;
  /** The cues that made it subjective (judgement words, opinion frames, obligations, "!"); empty when not. */
  subjectiveCues: string[];
  quantities: Quantity[];
  dates: DateMention[];
  entities: Entity[];
  /** Human-readable list of rules/cues that fired, e.g. ["quote:„…“", "speaker:sagte", "kind:quote"]. */
  reason: string[];
};

export type ExtractOptions = {
  /** Forced language; detected when omitted. */
  lang?: Lang;
  /** Longest sentence that can become a claim (characters); longer ones are listed in `overLong`. */
  maxClaimChars?: number;
  /** Polar words (from the shipped polarity lexicons) that make an author's sentence subjective. */
  polarWords?: PolarWords;
};

export type ExtractionResult = {
  lang: Lang;
  claims: Claim[];
  entities: Entity[];
  /** Sentences longer than `maxClaimChars`, not made claims (a run-on line is no claim). */
  overLong: Array<{ start: number; end: number }>;
};
