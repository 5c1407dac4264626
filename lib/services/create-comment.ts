import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { AppError } from '../errors.ts';
import { commentSchema, type CommentInput } from '../schemas/claim.ts';

/** Adds a comment to a claim's or a topic's thread. */
export async function createComment(db: Db, actor: Actor, raw: CommentInput) {
  authorize(actor, 'comment.create');
  const input = commentSchema.parse(raw);
  if (input.claimId && !(await db.claim.findUnique({ where: { id: input.claimId }, select: { id: true } }))) throw new AppError('NOT_FOUND', 'There is no such claim.');
  if (input.topicId && !(await db.topic.findUnique({ where: { id: input.topicId }, select: { id: true } }))) throw new AppError('NOT_FOUND', 'There is no such topic.');
  return db.comment.create({
    data: { claimId: input.claimId ?? null, topicId: input.topicId ?? null, userId: actor.id, body: input.body },
    include: { user: { select: { name: true, email: true } } },
  });
}
