import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { AppError } from '../errors.ts';
import { documentRefSchema, type DocumentRef } from '../schemas/document.ts';
import { isId } from '../schemas/safe-text.ts';
import { assertDocumentVersion } from './document-locking.ts';
import { forgetComparisonsOf } from '../db/queries/comparison-result.ts';

/**
 * Deletes a document with its claims, quantities and topic links (cascade) at the version the
 * client saw. Topics stay; comparisons that included the document are simply no longer possible.
 */
export async function deleteDocument(db: Db, actor: Actor, raw: DocumentRef) {
  authorize(actor, 'document.delete');
  if (raw && typeof raw === 'object' && typeof raw.id === 'string' && !isId(raw.id)) throw new AppError('NOT_FOUND', 'There is no such document.');
  const input = documentRefSchema.parse(raw);
  return db.$transaction(async (tx) => {
    await assertDocumentVersion(tx, input.id, input.version);
    const { count } = await tx.document.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) await assertDocumentVersion(tx, input.id, input.version);
    // Suggestion fingerprints of document sets that included it are stale now.
    await tx.suggestionState.deleteMany({ where: { documentIds: { has: input.id } } });
    await forgetComparisonsOf(tx as Db, input.id);
    return { id: input.id };
  });
}
