import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { isId } from '../schemas/safe-text.ts';
import { compareIdsParamSchema } from '../schemas/topic.ts';
import { comparisonFingerprint, currentStoredComparison, storeComparison } from '../db/queries/comparison-result.ts';
import { storedFingerprint, suggestionFingerprint } from '../db/queries/suggestion-state.ts';
import { checkCompareIds, compareDocuments, toPairJson, type ComparisonTable } from './compare-documents.ts';
import { ensureSuggestions, type EnsureResult } from './ensure-suggestions.ts';

// Comparing without preparation: every caller that shows a comparison (page, CLI, REST) brings
// the set's automatic suggestions up to date first. The table is stored with the fingerprint of
// its inputs; while that still matches, a comparison is one read (lib/db/queries/comparison-result.ts).

export async function compareWithSuggestions(db: Db, ids: string[], options: { force?: boolean } = {}): Promise<{ table: ComparisonTable; suggestions: EnsureResult }> {
  // Page and CLI ids come straight from the URL or argv: a malformed one matches no document.
  if (!ids.every(isId)) throw new AppError('NOT_FOUND', 'No document has that id (ids are letters, digits, - and _).');
  const unique = checkCompareIds(ids);
  if (!options.force) {
    // Inputs unchanged since the table was stored means the suggestions made from them are current too.
    const stored = await currentStoredComparison(db, unique);
    if (stored) return { table: stored, suggestions: { recomputed: false } };
  }
  const suggestions = await ensureSuggestions(db, unique, options);
  const { reusable, ...result } = suggestions;
  // Taken before the table reads its inputs: an edit while it is built leaves the stored row stale, never wrong.
  const fingerprint = await comparisonFingerprint(db, unique);
  const table = await compareDocuments(db, unique, reusable);
  // Stored only when the suggestions are current (no claim changed since they were made from what
  // `reusable` holds); otherwise the next comparison suggests and computes again.
  const state = await storedFingerprint(db, unique);
  if (state && state === (await suggestionFingerprint(db, unique))) await storeComparison(db, unique, fingerprint, table);
  return { table, suggestions: result };
}

/** `GET /api/v1/comparisons?ids=…`: the pair JSON for two documents, the whole table for more. */
export async function getComparisonJson(db: Db, rawIds: unknown) {
  const ids = compareIdsParamSchema.parse(rawIds);
  const { table } = await compareWithSuggestions(db, ids);
  return ids.length === 2 ? toPairJson(table) : table;
}
