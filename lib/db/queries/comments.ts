import type { Db } from '../client.ts';

/** A claim's or topic's comment thread, oldest first. */
export function listComments(db: Db, target: { claimId?: string; topicId?: string }) {
  return db.comment.findMany({
    where: { deletedAt: null, ...(target.claimId ? { claimId: target.claimId } : { topicId: target.topicId }) },
    orderBy: { createdAt: 'asc' },
    select: { id: true, body: true, createdAt: true, user: { select: { name: true, email: true } } },
  });
}
