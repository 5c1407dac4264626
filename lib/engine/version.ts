// Bump when extraction output changes, so stored documents are re-extracted
// (`claimscope reextract --stale`, and `npm run demo` does it on start).
export const ENGINE_VERSION = '2026.12.01-2';

// Bump when comparison output changes (matching, stance, relations, lexicon index), so stored
// automatic suggestions are recomputed on the next comparison.
export const COMPARE_VERSION = '2026.12.02-4';
