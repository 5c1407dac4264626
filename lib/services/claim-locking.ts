import type { Prisma } from '../generated/prisma/client.ts';
import { AppError } from '../errors.ts';
import { claimSnapshot, loadClaim, type ClaimSnapshot, type LoadedClaim } from './claim-snapshot.ts';

type Tx = Prisma.TransactionClient;

/** A CONFLICT that carries the claim as it is now, so the UI can show it and let the user reapply. */
export class ClaimConflictError extends AppError {
  readonly current: ClaimSnapshot & { id: string };
  constructor(claim: LoadedClaim) {
    super('CONFLICT', 'Someone else changed this claim. Review the current version and apply your change again.');
    this.current = { id: claim.id, ...claimSnapshot(claim) };
  }
}

/**
 * Optimistic lock: writes only if the row still has the version the user saw and bumps it.
 * A stale version throws ClaimConflictError with the current value; nothing is overwritten.
 */
export async function updateClaimLocked(tx: Tx, id: string, version: number, data: Prisma.ClaimUncheckedUpdateManyInput): Promise<LoadedClaim> {
  const { count } = await tx.claim.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ClaimConflictError(await loadClaim(tx, id));
  return loadClaim(tx, id);
}
