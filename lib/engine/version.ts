// Bump when extraction output changes, so stored documents are re-extracted
// (`claimscope reextract --stale`, and `npm run demo` does it on start).
// 2026.12.02-1: sentences over the claim-length cap (2000 characters) are no longer claims.
// 2026.12.02-2: check-worthiness features (records, laws, promises, talk, modals, experience …) and per-language weights.
// 2026.12.02-3: speech acts with a plain object, passive agents, documents' authors and more
// attribution phrases give speakers; subjectivity from polar words, reported speech objective.
export const ENGINE_VERSION = '2026.12.02-3';

// Bump when comparison output changes (matching, stance, relations, lexicon index), so stored
// automatic suggestions are recomputed on the next comparison.
export const COMPARE_VERSION = '2026.12.02-4';
