import type { Db } from '../db/client.ts';
import { baselinePairs, claimPairScores } from '../db/queries/claim-similarity.ts';
import { loadCompareDocuments, type LoadedDocuments } from '../db/queries/compare-claims.ts';
import { deleteEmptyAutoTopics, insertSuggestedTopics } from '../db/queries/topic-links.ts';
import { forgetOverlappingStates, lockSuggestionRuns } from '../db/queries/suggestion-state.ts';
import { candidatePairs, suggestTopics, type ExternalScores, type SuggestedTopic } from '../engine/compare/index.ts';
import { loadLexicon } from './concept-lexicon.ts';
import { getLexicalResources } from '../lexicons/load.ts';

export type SuggestSummary = { topics: number; links: number; kept: number };

/** What a run will store: the suggestions for a set of documents, computed outside any transaction. */
export type SuggestionPlan = {
  documentIds: string[];
  suggestions: SuggestedTopic[];
  /** What the plan read, so a comparison made right after it need not read it again. */
  loaded: LoadedDocuments;
  external: Record<string, ExternalScores>;
};

type ExistingTopic = { id: string; claimIds: Set<string> };
type Scope = { kept: ExistingTopic[]; spanning: ExistingTopic[]; replaced: string[] };

// A run for documents S rebuilds only the automatic topics that are S's alone: an untouched
// topic (automatic, every link still an automatic suggestion) whose claims all lie in S is
// deleted and suggested again. Everything else stays:
// - what an editor touched: a topic with any human or reviewed link (or renamed or merged,
//   which makes it human-owned), so a rejected link is not suggested again;
// - untouched topics that also span documents outside S (another comparison made them).
// A new suggestion whose claims all sit in one topic that stays was already made or decided
// there: it is dropped.

const isTouched = (t: { origin: string; claims: { origin: string; status: string }[] }) =>
  t.origin === 'human' || t.claims.some((l) => l.origin === 'human' || l.status !== 'suggested');

async function scopeOf(db: Db, documentIds: string[]): Promise<Scope> {
  const inScope = new Set(documentIds);
  const topics = await db.topic.findMany({
    where: { claims: { some: { claim: { documentId: { in: documentIds } } } } },
    select: { id: true, origin: true, claims: { select: { claimId: true, origin: true, status: true, claim: { select: { documentId: true } } } } },
  });
  const scope: Scope = { kept: [], spanning: [], replaced: [] };
  for (const t of topics) {
    const existing = { id: t.id, claimIds: new Set(t.claims.map((l) => l.claimId)) };
    if (isTouched(t)) scope.kept.push(existing);
    else if (t.claims.every((l) => inScope.has(l.claim.documentId))) scope.replaced.push(t.id);
    else scope.spanning.push(existing);
  }
  return scope;
}

/** A suggestion whose claims all sit in one topic that stays was already made there: skip it. */
function isCovered(s: SuggestedTopic, staying: ExistingTopic[]): boolean {
  return staying.some((k) => s.claimIds.every((id) => k.claimIds.has(id)));
}

/** Reads claims, lexicon and similarity scores and runs the engine (throws NOT_FOUND for unknown ids). */
export async function planSuggestions(db: Db, documentIds: string[]): Promise<SuggestionPlan> {
  const lexicon = await loadLexicon(db);
  const loaded = await loadCompareDocuments(db, documentIds);
  const { docs } = loaded;
  const resources = getLexicalResources();
  // The database scores only what retrieval proposes, plus a fixed sample for its baseline.
  const candidates = candidatePairs(docs, lexicon, { resources });
  const external = await claimPairScores(db, [...candidates.map((h): [string, string] => [h.leftId, h.rightId]), ...baselinePairs(docs)]);
  return { documentIds, suggestions: suggestTopics(docs, lexicon, { external, resources, candidates }), loaded, external };
}

/**
 * Stores a plan inside the caller's transaction: replaces S's own untouched topics and forgets the
 * suggestion states of the other document sets that share a document with S.
 */
export async function applySuggestions(tx: Db, { documentIds, suggestions }: SuggestionPlan, { sweepEmptied = true } = {}): Promise<SuggestSummary> {
  await lockSuggestionRuns(tx, documentIds);
  const scope = await scopeOf(tx, documentIds);
  // The conditions are checked again here: a link an editor confirmed meanwhile keeps its topic.
  const untouched = { origin: 'auto' as const, claims: { every: { origin: 'auto' as const, status: 'suggested' as const } } };
  await tx.topic.deleteMany({ where: { id: { in: scope.replaced }, ...untouched } });
  if (sweepEmptied) await deleteEmptyAutoTopics(tx);

  const staying = [...scope.kept, ...scope.spanning];
  const fresh = suggestions.filter((s) => !isCovered(s, staying));
  const links = await insertSuggestedTopics(tx, fresh);
  await forgetOverlappingStates(tx, documentIds);
  return { topics: fresh.length, links, kept: scope.kept.length };
}

/**
 * `sweepEmptied: false` (the extraction jobs): skip the sweep of automatic topics left empty
 * elsewhere, a scan of every topic that grows with the archive; re-extraction removes the topics it
 * empties itself (replaceAutoClaims), and the next comparison or `topics suggest` sweeps the rest.
 */
export async function suggestTopicsForDocuments(db: Db, documentIds: string[], options: { sweepEmptied?: boolean } = {}): Promise<SuggestSummary> {
  const plan = await planSuggestions(db, documentIds);
  return db.$transaction((tx) => applySuggestions(tx as Db, plan, options), { timeout: 120_000 });
}
