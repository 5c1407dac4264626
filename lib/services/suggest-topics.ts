import type { Db } from '../db/client.ts';
import { claimPairScores } from '../db/queries/claim-similarity.ts';
import { loadCompareDocuments } from '../db/queries/compare-claims.ts';
import { suggestTopics, type SuggestedTopic } from '../engine/compare/index.ts';
import { loadLexicon } from './concept-lexicon.ts';
import { getLexicalResources } from '../lexicons/load.ts';

export type SuggestSummary = { topics: number; links: number; kept: number };

type KeptTopic = { id: string; claimIds: Set<string> };

// Automatic topics are rebuilt from scratch on every run, except what an editor touched: a topic
// with any human or reviewed link is kept, and a new suggestion whose claims all sit in a kept
// topic is dropped, so a rejected link is not suggested again.

async function keptTopics(db: Db, documentIds: string[]): Promise<KeptTopic[]> {
  const topics = await db.topic.findMany({
    where: { claims: { some: { claim: { documentId: { in: documentIds } } } } },
    select: { id: true, origin: true, claims: { select: { claimId: true, origin: true, status: true } } },
  });
  return topics
    .filter((t) => t.origin === 'human' || t.claims.some((l) => l.origin === 'human' || l.status !== 'suggested'))
    .map((t) => ({ id: t.id, claimIds: new Set(t.claims.map((l) => l.claimId)) }));
}

/** A suggestion whose claims all sit in one kept topic was already decided there: skip it. */
function isCovered(s: SuggestedTopic, kept: KeptTopic[]): boolean {
  return kept.some((k) => s.claimIds.every((id) => k.claimIds.has(id)));
}

export async function suggestTopicsForDocuments(db: Db, documentIds: string[]): Promise<SuggestSummary> {
  const lexicon = await loadLexicon(db);
  const { docs } = await loadCompareDocuments(db, documentIds);
  const external = await claimPairScores(db, documentIds);
  const suggestions = suggestTopics(docs, lexicon, { external, resources: getLexicalResources() });

  return db.$transaction(async (tx) => {
    const kept = await keptTopics(tx as Db, documentIds);
    const keptIds = new Set(kept.map((k) => k.id));
    const inScope = { claim: { documentId: { in: documentIds } } };
    await tx.claimTopic.deleteMany({ where: { ...inScope, origin: 'auto', status: 'suggested', topicId: { notIn: [...keptIds] } } });
    await tx.topic.deleteMany({ where: { origin: 'auto', id: { notIn: [...keptIds] }, claims: { none: {} } } });

    let links = 0;
    let topics = 0;
    for (const s of suggestions) {
      if (isCovered(s, kept)) continue;
      const topicId = (await tx.topic.create({ data: { label: s.topic.label, concepts: s.topic.concepts, origin: 'auto' } })).id;
      topics++;
      const created = await tx.claimTopic.createMany({
        data: s.links.map((l) => ({
          claimId: l.claimId,
          topicId,
          stance: l.stance ?? 'neutral',
          origin: 'auto' as const,
          status: 'suggested' as const,
          confidence: l.confidence ?? 0,
          rationale: l.rationale ?? '',
        })),
        skipDuplicates: true,
      });
      links += created.count;
    }
    return { topics, links, kept: kept.length };
  }, { timeout: 120_000 });
}
