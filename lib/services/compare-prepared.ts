import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { isId } from '../schemas/safe-text.ts';
import { compareIdsParamSchema } from '../schemas/topic.ts';
import { compareDocuments, toPairJson, type ComparisonTable } from './compare-documents.ts';
import { ensureSuggestions, type EnsureResult } from './ensure-suggestions.ts';

// Comparing without preparation: every caller that shows a comparison (page, CLI, REST) brings
// the set's automatic suggestions up to date first.

export async function compareWithSuggestions(db: Db, ids: string[], options: { force?: boolean } = {}): Promise<{ table: ComparisonTable; suggestions: EnsureResult }> {
  // Page and CLI ids come straight from the URL or argv: a malformed one matches no document.
  if (!ids.every(isId)) throw new AppError('NOT_FOUND', 'No document has that id (ids are letters, digits, - and _).');
  const suggestions = await ensureSuggestions(db, ids, options);
  const { reusable, ...result } = suggestions;
  return { table: await compareDocuments(db, ids, reusable), suggestions: result };
}

/** `GET /api/v1/comparisons?ids=…`: the pair JSON for two documents, the whole table for more. */
export async function getComparisonJson(db: Db, rawIds: unknown) {
  const ids = compareIdsParamSchema.parse(rawIds);
  const { table } = await compareWithSuggestions(db, ids);
  return ids.length === 2 ? toPairJson(table) : table;
}
