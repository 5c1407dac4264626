import type { Db } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { AppError } from '../errors.ts';
import { parsePublished, updateDocumentSchema, type UpdateDocumentInput } from '../schemas/document.ts';
import { isId } from '../schemas/safe-text.ts';
import { assertDocumentVersion, documentState } from './document-locking.ts';

/** Edits a document's metadata (title, authors, outlet, url, published, kind) at the version the client saw. */
export async function updateDocument(db: Db, actor: Actor, raw: UpdateDocumentInput) {
  authorize(actor, 'document.update');
  if (raw && typeof raw === 'object' && typeof raw.id === 'string' && !isId(raw.id)) throw new AppError('NOT_FOUND', 'There is no such document.');
  const input = updateDocumentSchema.parse(raw);
  return db.$transaction(async (tx) => {
    await assertDocumentVersion(tx, input.id, input.version);
    const data: Prisma.DocumentUpdateManyMutationInput & { sourceId?: string | null } = { version: { increment: 1 } };
    if (input.title !== undefined) data.title = input.title;
    if (input.authors !== undefined) data.authors = input.authors;
    if (input.url !== undefined) data.url = input.url;
    if (input.kind !== undefined) data.kind = input.kind;
    if (input.published !== undefined) {
      const published = input.published ? parsePublished(input.published) : null;
      Object.assign(data, { publishedAt: published?.date ?? null, datePrecision: published?.precision ?? null });
    }
    if (input.outlet !== undefined) {
      data.sourceId = input.outlet ? (await tx.source.upsert({ where: { name: input.outlet }, create: { name: input.outlet }, update: {} })).id : null;
    }
    // The version in the WHERE makes a concurrent edit between the check and here lose, not overwrite.
    const { count } = await tx.document.updateMany({ where: { id: input.id, version: input.version }, data });
    if (count === 0) await assertDocumentVersion(tx, input.id, input.version);
    return documentState(tx, input.id);
  });
}
