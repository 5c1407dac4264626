import type { z } from 'zod';
import type { Db } from '../../client.ts';
import { AppError } from '../../../errors.ts';
import { isId } from '../../../schemas/safe-text.ts';
import type { claimListQuerySchema, quantityListQuerySchema } from '../../../api/schemas/claims.ts';
import { pageArgs, toPage } from './page.ts';

// Reads for the claims and quantities REST resources.

const claimInclude = {
  quantities: { orderBy: { start: 'asc' } },
  topics: { select: { id: true, topicId: true, stance: true, status: true }, orderBy: { createdAt: 'asc' } },
} as const;

export async function pageClaims(db: Db, q: z.infer<typeof claimListQuerySchema>) {
  const where = {
    deletedAt: q.deleted === 'true' ? { not: null } : null,
    ...(q.documentId && { documentId: q.documentId }),
    ...(q.kind && { kind: q.kind }),
    ...(q.status && { status: q.status }),
    ...(q.speaker && { speaker: q.speaker }),
  };
  return toPage(await db.claim.findMany({ ...pageArgs(q, where), include: claimInclude }), q.limit);
}

/** One claim, deleted ones included (they can be restored); NOT_FOUND for unknown or forged ids. */
export async function findApiClaim(db: Db, id: string) {
  const claim = isId(id) ? await db.claim.findUnique({ where: { id }, include: claimInclude }) : null;
  if (!claim) throw new AppError('NOT_FOUND', 'There is no such claim.');
  return claim;
}

export async function pageQuantities(db: Db, q: z.infer<typeof quantityListQuerySchema>) {
  const where = {
    claim: { deletedAt: null, ...(q.documentId && { documentId: q.documentId }) },
    ...(q.claimId && { claimId: q.claimId }),
    ...(q.unit && { unit: q.unit }),
  };
  return toPage(await db.quantity.findMany(pageArgs(q, where)), q.limit);
}

export async function findApiQuantity(db: Db, id: string) {
  const quantity = isId(id) ? await db.quantity.findUnique({ where: { id } }) : null;
  if (!quantity) throw new AppError('NOT_FOUND', 'There is no such quantity.');
  return quantity;
}
