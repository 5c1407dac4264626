import type { Db } from '../../db/client.ts';
import { authorize, type Actor } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { linkItemSchema } from '../../schemas/teaching.ts';
import { openSubmission } from './add-annotation.ts';
import { itemSelect, loadComparisonFor } from './comparison-items.ts';

/**
 * Links an item of one of the two documents to the exercise's question, with its stance: one of
 * the document's accepted claims, or a span the student marks. A claim is linked once per
 * submission (linking it again sets the stance).
 */
export async function linkItem(db: Db, actor: Actor, raw: unknown) {
  authorize(actor, 'exercise.linkItem');
  const input = linkItemSchema.parse(raw);
  const { exercise, role } = await loadComparisonFor(db, actor, input.exerciseId);
  if (!exercise.documentIds.includes(input.documentId)) throw new AppError('BAD_INPUT', 'documentId: this document is not part of the exercise.');
  let span: { start: number; end: number; quote: string };
  if (input.claimId) {
    const claim = await db.claim.findFirst({ where: { id: input.claimId, documentId: input.documentId, status: 'accepted', deletedAt: null, orphaned: false }, select: { start: true, end: true, text: true } });
    if (!claim) throw new AppError('BAD_INPUT', 'claimId: this is not an accepted claim of the document.');
    span = { start: claim.start, end: claim.end, quote: claim.text };
  } else {
    const doc = await db.document.findUnique({ where: { id: input.documentId }, select: { text: true } });
    if (!doc) throw new AppError('NOT_FOUND', 'The document is gone.');
    const [start, end] = [input.start!, input.end!];
    if (end <= start || end > doc.text.length) throw new AppError('BAD_INPUT', `end: the span must lie inside the text (0–${doc.text.length}) and not be empty.`);
    const quote = doc.text.slice(start, end);
    if (!quote.trim()) throw new AppError('BAD_INPUT', 'The span holds only white space.');
    span = { start, end, quote };
  }
  const submission = await openSubmission(db, actor, exercise, role);
  const existing = input.claimId ? await db.comparisonItem.findFirst({ where: { submissionId: submission.id, claimId: input.claimId }, select: { id: true } }) : null;
  if (existing) return db.comparisonItem.update({ where: { id: existing.id }, data: { stance: input.stance }, select: itemSelect });
  return db.comparisonItem.create({
    data: { submissionId: submission.id, documentId: input.documentId, claimId: input.claimId ?? null, ...span, stance: input.stance },
    select: itemSelect,
  });
}
