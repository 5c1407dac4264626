// The engine's only public entry point.
import { extractClaimsWithEntities } from './extract/extract-claims';
import { CHECKWORTHY_THRESHOLD } from './extract/score';
import { detectLanguage } from './lang/detect-language';
import type { Claim, ExtractionResult, ExtractOptions, Lang } from './types';

export type * from './types';
export type { Sentence, SentenceQuote, BlockType } from './segment';
export { segmentSentences } from './segment';
export { detectLanguage } from './lang/detect-language';
export { extractQuantities } from './quantities';
export { extractDates } from './dates';
export { MAX_CLAIM_CHARS } from './extract/extract-claims';
export { buildPolarWords, type PolarWords, type PolarityScores } from './extract/polar-words';

export type TextAnalysis = {
  lang: Lang;
  checkworthy: boolean;
  /** Why the text is check-worthy: a claim reached the threshold, or the text shares a link (cites a source). */
  checkworthyVia: 'claim' | 'link' | null;
  subjective: boolean;
  subjectiveCues: string[];
  claims: Claim[];
};

// A post that shares a link points at a report: a source to check even when no sentence is a claim.
const LINK = /(?:https?:\/\/|www\.)[^\s]/i;

export const extractClaims = (text: string, opts: ExtractOptions = {}): ExtractionResult => {
  const lang = opts.lang ?? detectLanguage(text);
  const { claims, entities, overLong } = extractClaimsWithEntities(text, lang, opts.maxClaimChars, opts.polarWords);
  return { lang, claims, entities, overLong };
};

/**
 * Claims plus two summary flags, for triage of short texts (posts, comments, headlines): check-worthy
 * when some claim reaches the threshold or the text shares a link, subjective when some claim is
 * (with the cues of all claims).
 */
export const analyzeText = (text: string, opts: ExtractOptions = {}): TextAnalysis => {
  const { lang, claims } = extractClaims(text, opts);
  const subjectiveCues = [...new Set(claims.flatMap((c) => c.subjectiveCues))];
  const checkworthyVia = claims.some((c) => c.checkworthiness >= CHECKWORTHY_THRESHOLD) ? 'claim' : LINK.test(text) ? 'link' : null;
  return {
    lang,
    checkworthy: checkworthyVia !== null,
    checkworthyVia,
    subjective: claims.some((c) => c.subjective),
    subjectiveCues,
    claims,
  };
};
