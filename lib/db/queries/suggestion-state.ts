import { createHash } from 'node:crypto';
import type { Db } from '../client.ts';
import { COMPARE_VERSION, ENGINE_VERSION } from '../../engine/version.ts';

// What automatic topic suggestions for a set of documents depend on, as one hash: the engine
// version, the concept lexicon and every live claim of the set. A stored state whose fingerprint
// still matches means the set's suggestions are up to date.

/** The state key of a compared set: its document ids, sorted and joined by ",". */
export function documentSetKey(ids: string[]): string {
  return [...new Set(ids)].sort().join(',');
}

const stamp = (d: Date) => d.toISOString();

/** sha256 (hex) over the engine version, the lexicon rows and the set's non-deleted, non-rejected claims. */
export async function suggestionFingerprint(db: Db, ids: string[]): Promise<string> {
  const lexicon = await db.conceptGroup.findMany({ orderBy: { id: 'asc' }, select: { id: true, updatedAt: true } });
  const documents = await db.document.findMany({
    where: { id: { in: [...new Set(ids)] } },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      updatedAt: true,
      claims: { where: { deletedAt: null, status: { not: 'rejected' } }, orderBy: { id: 'asc' }, select: { id: true, version: true, updatedAt: true } },
    },
  });
  const hash = createHash('sha256').update(`engine ${ENGINE_VERSION} compare ${COMPARE_VERSION}\n`);
  for (const g of lexicon) hash.update(`concept ${g.id} ${stamp(g.updatedAt)}\n`);
  for (const d of documents) {
    hash.update(`document ${d.id} ${stamp(d.updatedAt)}\n`);
    for (const c of d.claims) hash.update(`claim ${c.id} ${c.version} ${stamp(c.updatedAt)}\n`);
  }
  return hash.digest('hex');
}

export async function storedFingerprint(db: Db, ids: string[]): Promise<string | null> {
  const state = await db.suggestionState.findUnique({ where: { key: documentSetKey(ids) }, select: { fingerprint: true } });
  return state?.fingerprint ?? null;
}

export async function storeFingerprint(db: Db, ids: string[], fingerprint: string): Promise<void> {
  const key = documentSetKey(ids);
  await db.suggestionState.upsert({ where: { key }, create: { key, documentIds: key.split(','), fingerprint }, update: { fingerprint } });
}

/** Forgets the states of the sets that share a document with `ids` (all but `ids` itself). */
export async function forgetOverlappingStates(db: Db, ids: string[]): Promise<number> {
  const key = documentSetKey(ids);
  const { count } = await db.suggestionState.deleteMany({ where: { documentIds: { hasSome: key.split(',') }, key: { not: key } } });
  return count;
}

/**
 * Serializes the suggestion runs that share a document, until the transaction ends: two runs
 * over overlapping sets that interleave would each miss the other's new topics and leave
 * duplicates behind. Runs over disjoint sets touch disjoint topics (a run only replaces or
 * covers topics with a claim in its own set) and go on in parallel. One advisory lock per
 * document, taken in sorted order so two runs cannot deadlock; a hash collision only serializes.
 */
export async function lockSuggestionRuns(tx: Db, documentIds: string[]): Promise<void> {
  const ids = [...new Set(documentIds)].sort();
  await tx.$queryRaw`
    SELECT count(pg_advisory_xact_lock(7346191, hashtext(s.id))) AS locked
    FROM (SELECT id FROM unnest(${ids}::text[]) AS id ORDER BY id) s`;
}
