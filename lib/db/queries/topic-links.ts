import { randomUUID } from 'node:crypto';
import type { Db } from '../client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { CompareTopic, SuggestedTopic, TopicLink } from '../../engine/compare/index.ts';

// The comparison's two bulk paths in plain SQL: Prisma's createMany and nested includes cost
// about a second for a few thousand rows on the embedded database, one statement each here.
// A scalar list column can be NULL in the database (Prisma reads it as []): coalesced here too.

export type TopicRow = CompareTopic & { id: string };

/** Topics with a link to a claim of the documents, and their links to live, unrejected claims there. */
export async function loadTopicsAndLinks(db: Db, documentIds: string[]): Promise<{ topics: TopicRow[]; links: TopicLink[] }> {
  const [topics, links] = await Promise.all([
    db.$queryRaw<{ id: string; label: string; question: string | null; concepts: string[]; kind: CompareTopic['kind'] | null }[]>`
      SELECT t.id, t.label, t.question, COALESCE(t.concepts, '{}') AS concepts, t.kind::text AS kind FROM "Topic" t
      WHERE EXISTS (SELECT 1 FROM "ClaimTopic" ct JOIN "Claim" c ON c.id = ct."claimId"
                    WHERE ct."topicId" = t.id AND c."documentId" = ANY(${documentIds}::text[]))`,
    db.$queryRaw<{ topicId: string; claimId: string; origin: 'auto' | 'human'; stance: TopicLink['stance']; confidence: number; rationale: string; cues: unknown }[]>`
      SELECT ct."topicId", ct."claimId", ct.origin::text AS origin, ct.stance::text AS stance, ct.confidence, ct.rationale, ct.cues
      FROM "ClaimTopic" ct JOIN "Claim" c ON c.id = ct."claimId"
      WHERE c."documentId" = ANY(${documentIds}::text[]) AND c."deletedAt" IS NULL AND ct.status <> 'rejected'
      ORDER BY ct."topicId", ct."createdAt", ct.id`,
  ]);
  return {
    topics: topics.map((t) => ({ id: t.id, label: t.label, question: t.question ?? undefined, concepts: t.concepts.length ? t.concepts : undefined, kind: t.kind ?? undefined })),
    links: links.map((l) => ({
      topicKey: l.topicId,
      claimId: l.claimId,
      source: l.origin,
      stance: l.stance,
      confidence: Number(l.confidence),
      rationale: l.rationale || undefined,
      cues: isStringArray(l.cues) ? l.cues : undefined,
    })),
  };
}

const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((v) => typeof v === 'string');

/** All new automatic topics and their suggested links in two statements; returns the links stored. */
export async function insertSuggestedTopics(tx: Db, suggestions: SuggestedTopic[]): Promise<number> {
  if (suggestions.length === 0) return 0;
  const topics = suggestions.map((s) => ({ id: randomUUID(), label: s.topic.label, concepts: s.topic.concepts ?? [], kind: s.topic.kind ?? null }));
  const links = suggestions.flatMap((s, i) =>
    s.links.map((l) => ({
      id: randomUUID(),
      claimId: l.claimId,
      topicId: topics[i].id,
      stance: l.stance ?? 'neutral',
      confidence: l.confidence ?? 0,
      rationale: l.rationale ?? '',
      cues: l.cues ?? null,
    })),
  );
  await tx.$executeRaw`
    INSERT INTO "Topic" (id, label, concepts, kind, origin, "updatedAt")
    SELECT t->>'id', t->>'label', ARRAY(SELECT jsonb_array_elements_text(t->'concepts')), (t->>'kind')::"TopicKind", 'auto', now()
    FROM jsonb_array_elements(${JSON.stringify(topics)}::jsonb) AS t`;
  return tx.$executeRaw`
    INSERT INTO "ClaimTopic" (id, "claimId", "topicId", stance, origin, status, confidence, rationale, cues, "updatedAt")
    SELECT l->>'id', l->>'claimId', l->>'topicId', (l->>'stance')::"Stance", 'auto', 'suggested', (l->>'confidence')::float8, l->>'rationale',
           CASE WHEN jsonb_typeof(l->'cues') = 'null' THEN NULL ELSE l->'cues' END, now()
    FROM jsonb_array_elements(${JSON.stringify(links)}::jsonb) AS l
    ON CONFLICT ("claimId", "topicId") DO NOTHING`;
}

/**
 * Deletes automatic topics without links (emptied elsewhere, e.g. by re-extraction), all of them
 * or those of `topicIds`. SKIP LOCKED: a topic another run is deleting right now is its to delete,
 * and two concurrent sweeps never wait on each other's rows (no deadlock).
 */
export async function deleteEmptyAutoTopics(tx: Db, topicIds?: string[]): Promise<number> {
  if (topicIds?.length === 0) return 0;
  const only = topicIds ? Prisma.sql`AND t.id = ANY(${topicIds}::text[])` : Prisma.empty;
  return tx.$executeRaw`
    DELETE FROM "Topic" WHERE id IN (
      SELECT t.id FROM "Topic" t
      WHERE t.origin = 'auto' ${only} AND NOT EXISTS (SELECT 1 FROM "ClaimTopic" ct WHERE ct."topicId" = t.id)
      FOR UPDATE SKIP LOCKED)`;
}
