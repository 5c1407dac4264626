import type { Prisma } from '../../generated/prisma/client.ts';
import { newRowId } from '../ids.ts';

type Tx = Prisma.TransactionClient;

/** A claim row to insert (without its ids) and its quantity rows. */
export type QuantityInput = Omit<Prisma.QuantityCreateManyInput, 'id' | 'claimId'>;
export type ClaimInput = Omit<Prisma.ClaimCreateManyInput, 'id' | 'documentId'> & { start: number; end: number; quantities: QuantityInput[] };

// A document's claims and their quantities in two multi-row INSERTs (one statement per table,
// chunked by Prisma under the parameter limit) instead of a query per row. The ids are made here
// so the quantities can point at their claims; the Claim_searchVector trigger fills the search
// column per row as before.

export async function insertClaims(tx: Tx, documentId: string, inputs: ClaimInput[]): Promise<number> {
  if (inputs.length === 0) return 0;
  const claims: Prisma.ClaimCreateManyInput[] = [];
  const quantities: Prisma.QuantityCreateManyInput[] = [];
  for (const { quantities: qs, ...claim } of inputs) {
    const id = newRowId();
    claims.push({ ...claim, id, documentId });
    for (const q of qs) quantities.push({ ...q, id: newRowId(), claimId: id });
  }
  await tx.claim.createMany({ data: claims });
  if (quantities.length) await tx.quantity.createMany({ data: quantities });
  return claims.length;
}
