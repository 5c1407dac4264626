// Bump when extraction output changes, so stored documents are re-extracted
// (`claimscope reextract --stale`, and `npm run demo` does it on start).
export const ENGINE_VERSION = '2026.11.29-4';
