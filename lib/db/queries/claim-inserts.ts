import type { Prisma } from '../../generated/prisma/client.ts';
import { newRowId } from '../ids.ts';

type Tx = Prisma.TransactionClient;

/** A claim row to insert (without its ids) and its quantity rows. */
export type QuantityInput = Omit<Prisma.QuantityCreateManyInput, 'id' | 'claimId'>;
export type ClaimInput = Omit<Prisma.ClaimCreateManyInput, 'id' | 'documentId'> & { start: number; end: number; quantities: QuantityInput[] };

// Claims and their quantities in multi-row INSERTs (chunks of ROWS_PER_INSERT rows) instead of a
// query per row: one document's, or a whole extraction batch's. The ids are made here so the
// quantities can point at their claims; the Claim_searchVector trigger fills the search column
// per row as before.

const ROWS_PER_INSERT = 1000;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await insert(rows.slice(i, i + ROWS_PER_INSERT));
}

export async function insertClaimsForDocuments(tx: Tx, documents: { documentId: string; claims: ClaimInput[] }[]): Promise<number> {
  const claims: Prisma.ClaimCreateManyInput[] = [];
  const quantities: Prisma.QuantityCreateManyInput[] = [];
  for (const { documentId, claims: inputs } of documents) {
    for (const { quantities: qs, ...claim } of inputs) {
      const id = newRowId();
      claims.push({ ...claim, id, documentId });
      for (const q of qs) quantities.push({ ...q, id: newRowId(), claimId: id });
    }
  }
  await insertChunked(claims, (data) => tx.claim.createMany({ data }));
  await insertChunked(quantities, (data) => tx.quantity.createMany({ data }));
  return claims.length;
}

export function insertClaims(tx: Tx, documentId: string, inputs: ClaimInput[]): Promise<number> {
  return insertClaimsForDocuments(tx, [{ documentId, claims: inputs }]);
}
