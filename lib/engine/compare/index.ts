// Public API of the comparison engine (pure: no Next.js, Prisma, Node APIs or I/O).
export type * from './types';
export type { ConceptGroup, LexiconTerms } from './lexicon';
export { DEFAULT_LEXICON } from './lexicon';
export { matchConcepts, conceptIdsOf, type ConceptHit } from './concepts';
export { aliasKeyOf, isAcronymOf, matchEntities, nameKey, type EntityMatch } from './aliases';
export { tokenize, stemWord, contentStems, type Token } from './tokens';
export { PAIR_WEIGHTS, scoreClaimPair, lexicalOverlap } from './similarity';
export { detectStance, readStance, resolveTopic, type StanceClaim, type StanceCue, type StanceTopic } from './stance';
export { findStanceFlips, readPolar, sharedSubject, type FlipOptions, type PolarReading } from './stance-flip';
export { readQuantity, type QuantityKey } from './quantity-change';
export { candidatePairs, pairKey, suggestTopics, type SuggestOptions, type SuggestedTopic } from './group';
export {
  buildComparison,
  classifyRelation,
  dominantStance,
  orderByDate,
  type ComparisonOptions,
  type StanceVote,
} from './relation';
export { crossDocumentPairs, evaluateLinks } from './evaluate';
export { PAIR_RELATIONS, pairRelationLabels, type PairRelation } from './pair-relations';
