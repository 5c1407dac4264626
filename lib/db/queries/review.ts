import { z } from 'zod';
import { inSnapshot, type Db } from '../client.ts';
import { idSchema } from '../../schemas/safe-text.ts';
import type { Prisma } from '../../generated/prisma/client.ts';

// The review queue: suggested claims and suggested claim-topic links, filtered by URL params.

export const reviewFilterSchema = z.object({
  document: idSchema.optional().catch(undefined),
  topic: idSchema.optional().catch(undefined),
  kind: z.enum(['quote', 'reported', 'factual', 'evaluative', 'prediction']).optional().catch(undefined),
  assignee: idSchema.optional().catch(undefined),
  origin: z.enum(['auto', 'human']).optional().catch(undefined),
  status: z.enum(['suggested', 'accepted', 'rejected', 'disputed']).default('suggested').catch('suggested'),
});
export type ReviewFilter = z.infer<typeof reviewFilterSchema>;

const PAGE = 200;

function assigneeWhere(assignee: string | undefined) {
  if (!assignee) return {};
  return { assigneeId: assignee === 'none' ? null : assignee };
}

export async function listReviewClaims(db: Db, f: ReviewFilter) {
  const where: Prisma.ClaimWhereInput = {
    status: f.status,
    deletedAt: null,
    ...(f.document && { documentId: f.document }),
    ...(f.kind && { kind: f.kind }),
    ...(f.origin && { origin: f.origin }),
    ...(f.topic && { topics: { some: { topicId: f.topic } } }),
    ...assigneeWhere(f.assignee),
  };
  const [items, total] = await Promise.all([
    db.claim.findMany({
      where,
      orderBy: [{ document: { publishedAt: 'asc' } }, { documentId: 'asc' }, { start: 'asc' }],
      take: PAGE,
      include: { document: { select: { id: true, title: true } }, assignee: { select: { id: true, name: true } }, createdBy: { select: { name: true } } },
    }),
    db.claim.count({ where }),
  ]);
  return { items, total };
}

export async function listReviewLinks(db: Db, f: ReviewFilter) {
  const where: Prisma.ClaimTopicWhereInput = {
    status: f.status,
    claim: { deletedAt: null, ...(f.document && { documentId: f.document }), ...(f.kind && { kind: f.kind }), ...(f.origin && { origin: f.origin }) },
    ...(f.topic && { topicId: f.topic }),
    ...assigneeWhere(f.assignee),
  };
  return inSnapshot(db, (s) =>
    s.claimTopic.findMany({
      where,
      orderBy: [{ topicId: 'asc' }, { createdAt: 'asc' }],
      take: PAGE,
      include: { topic: { select: { id: true, label: true } }, claim: { select: { id: true, text: true, documentId: true, status: true, document: { select: { title: true } } } } },
    }),
  );
}

/** Options for the filter selects. */
export async function listReviewFilterOptions(db: Db) {
  const [documents, topics, users] = await Promise.all([
    db.document.findMany({ select: { id: true, title: true }, orderBy: { title: 'asc' } }),
    db.topic.findMany({ select: { id: true, label: true }, orderBy: { label: 'asc' } }),
    db.user.findMany({ where: { role: { notIn: ['viewer', 'student'] } }, select: { id: true, name: true, email: true }, orderBy: [{ name: 'asc' }, { email: 'asc' }] }),
  ]);
  return { documents, topics, users };
}
