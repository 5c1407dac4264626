import type { z } from 'zod';
import type { Db } from '../../client.ts';
import { AppError } from '../../../errors.ts';
import { isId } from '../../../schemas/safe-text.ts';
import type { linkListQuerySchema, topicListQuerySchema } from '../../../api/schemas/topics.ts';
import { pageArgs, toPage } from './page.ts';

// Reads for the topics and claim–topic links REST resources. Links of deleted claims are left out.

const topicInclude = { _count: { select: { claims: { where: { claim: { deletedAt: null } } } } } } as const;

export async function pageTopics(db: Db, q: z.infer<typeof topicListQuerySchema>) {
  const where = q.kind === 'human' ? { kind: null } : q.kind ? { kind: q.kind } : {};
  return toPage(await db.topic.findMany({ ...pageArgs(q, where), include: topicInclude }), q.limit);
}

export async function findApiTopic(db: Db, id: string) {
  const topic = isId(id) ? await db.topic.findUnique({ where: { id }, include: topicInclude }) : null;
  if (!topic) throw new AppError('NOT_FOUND', 'There is no such topic.');
  return topic;
}

export async function pageLinks(db: Db, q: z.infer<typeof linkListQuerySchema>) {
  const where = {
    claim: { deletedAt: null },
    ...(q.topicId && { topicId: q.topicId }),
    ...(q.claimId && { claimId: q.claimId }),
    ...(q.status && { status: q.status }),
  };
  return toPage(await db.claimTopic.findMany(pageArgs(q, where)), q.limit);
}

export async function findApiLink(db: Db, id: string) {
  const link = isId(id) ? await db.claimTopic.findUnique({ where: { id } }) : null;
  if (!link) throw new AppError('NOT_FOUND', 'There is no such topic link.');
  return link;
}
