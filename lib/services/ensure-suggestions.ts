import type { Db } from '../db/client.ts';
import { documentSetKey, lockSuggestionRuns, storedFingerprint, storeFingerprint, suggestionFingerprint } from '../db/queries/suggestion-state.ts';
import { checkCompareIds } from './compare-documents.ts';
import { loadLexicon } from './concept-lexicon.ts';
import { applySuggestions, planSuggestions, type SuggestionPlan, type SuggestSummary } from './suggest-topics.ts';

// A comparison needs no preparation: before a set of documents is compared, its automatic topic
// suggestions are made again when what they were made from (engine version, concept lexicon, the
// set's claims) changed since the last run for exactly that set, or when there was none.

export type EnsureResult = {
  recomputed: boolean;
  summary?: SuggestSummary;
  /** Set when this run stored its plan and no claim changed while it ran: what it read is current. */
  reusable?: Pick<SuggestionPlan, 'loaded' | 'external'>;
};

async function recompute(db: Db, ids: string[], force: boolean): Promise<EnsureResult> {
  await loadLexicon(db); // seeds the lexicon on first use, so both fingerprints below see its rows
  const before = await suggestionFingerprint(db, ids);
  const plan = await planSuggestions(db, ids);
  return db.$transaction(
    async (tx) => {
      await lockSuggestionRuns(tx as Db, ids);
      // A comparison of the same set that ran meanwhile did the work already.
      if (!force && (await storedFingerprint(tx as Db, ids)) === before) return { recomputed: false };
      const summary = await applySuggestions(tx as Db, plan);
      const after = await suggestionFingerprint(tx as Db, ids);
      // Suggesting changes no claim, so `after` equals `before` unless someone edited a claim or the
      // lexicon while the engine ran: then the set stays stale and the next comparison runs again.
      if (after !== before) {
        await tx.suggestionState.deleteMany({ where: { key: documentSetKey(ids) } });
        return { recomputed: true, summary };
      }
      await storeFingerprint(tx as Db, ids, after);
      return { recomputed: true, summary, reusable: { loaded: plan.loaded, external: plan.external } };
    },
    { timeout: 120_000 },
  );
}

/** Makes sure the set's suggestions are current; `force` suggests again regardless (`compare --suggest`). */
export async function ensureSuggestions(db: Db, ids: string[], options: { force?: boolean } = {}): Promise<EnsureResult> {
  const unique = checkCompareIds(ids);
  const force = options.force ?? false;
  if (!force) {
    const stored = await storedFingerprint(db, unique);
    if (stored && stored === (await suggestionFingerprint(db, unique))) return { recomputed: false };
  }
  return recompute(db, unique, force);
}

/** "Refresh suggestions": suggests again for the set and records its state. */
export async function refreshSuggestions(db: Db, ids: string[]): Promise<SuggestSummary> {
  return (await ensureSuggestions(db, ids, { force: true })).summary ?? { topics: 0, links: 0, kept: 0 };
}
