import { Prisma } from '../../generated/prisma/client.ts';
import { newRowId } from '../ids.ts';
import { asJson } from './json-rows.ts';

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

// The columns an extracted claim sets. Rows with only these go in as one JSON parameter per
// chunk (jsonb_to_recordset): Prisma's createMany spent most of a bulk import's CPU building and
// checking its many-parameter statement (profiled: Prisma client + query compiler + GC ≈ 3/4 of a
// worker's time, the engine ≈ 1/8). Anything else (a human claim's author, say) takes createMany.
const CLAIM_COLUMNS = ['text', 'start', 'end', 'prefix', 'suffix', 'kind', 'voice', 'speaker', 'cue', 'hedged', 'hedgeCue', 'negated', 'negationCue', 'checkworthiness', 'subjective', 'subjectiveCues', 'reason', 'entities', 'origin', 'status'] as const;
const KNOWN = new Set<string>(['quantities', ...CLAIM_COLUMNS]);
// The database names of the Qualifier enum values the client spells differently (@map).
const QUALIFIER_IN_DB: Record<string, string> = { up_to: 'up-to', at_least: 'at-least' };

async function insertClaimRowsAsJson(tx: Tx, claims: Prisma.ClaimCreateManyInput[]) {
  await tx.$executeRaw`
    INSERT INTO "Claim" (id, "documentId", text, start, "end", prefix, suffix, kind, voice, speaker, cue, hedged, "hedgeCue", negated, "negationCue",
                         checkworthiness, subjective, "subjectiveCues", reason, entities, origin, status, "createdAt", "updatedAt")
    SELECT r.id, r."documentId", r.text, r.start, r."end", coalesce(r.prefix, ''), coalesce(r.suffix, ''), r.kind::"ClaimKind", coalesce(r.voice, 'author')::"Voice",
           r.speaker, r.cue, coalesce(r.hedged, false), r."hedgeCue", coalesce(r.negated, false), r."negationCue", coalesce(r.checkworthiness, 0), r.subjective,
           coalesce(r."subjectiveCues", '{}'), coalesce(r.reason, '{}'), coalesce(r.entities, '[]'), coalesce(r.origin, 'auto')::"Origin", coalesce(r.status, 'suggested')::"ClaimStatus", now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset(${asJson(claims)}::jsonb) AS r(id text, "documentId" text, text text, start int, "end" int, prefix text, suffix text, kind text, voice text,
         speaker text, cue text, hedged boolean, "hedgeCue" text, negated boolean, "negationCue" text, checkworthiness float8, subjective boolean,
         "subjectiveCues" text[], reason text[], entities jsonb, origin text, status text)`;
}

async function insertQuantityRowsAsJson(tx: Tx, quantities: Prisma.QuantityCreateManyInput[]) {
  const rows = quantities.map((q) => ({ ...q, qualifier: q.qualifier ? (QUALIFIER_IN_DB[q.qualifier] ?? q.qualifier) : 'exact' }));
  await tx.$executeRaw`
    INSERT INTO "Quantity" (id, "claimId", value, low, high, unit, qualifier, subject, text, start, "end")
    SELECT r.id, r."claimId", r.value, r.low, r.high, r.unit, r.qualifier::"Qualifier", r.subject, r.text, r.start, r."end"
    FROM jsonb_to_recordset(${asJson(rows)}::jsonb) AS r(id text, "claimId" text, value float8, low float8, high float8, unit text, qualifier text, subject text, text text, start int, "end" int)`;
}

export async function insertClaimsForDocuments(tx: Tx, documents: { documentId: string; claims: ClaimInput[] }[]): Promise<number> {
  const claims: Prisma.ClaimCreateManyInput[] = [];
  const quantities: Prisma.QuantityCreateManyInput[] = [];
  let plain = true;
  for (const { documentId, claims: inputs } of documents) {
    for (const { quantities: qs, ...claim } of inputs) {
      const id = newRowId();
      plain &&= Object.keys(claim).every((k) => KNOWN.has(k));
      claims.push({ ...claim, id, documentId });
      for (const q of qs) quantities.push({ ...q, id: newRowId(), claimId: id });
    }
  }
  await insertChunked(claims, (data) => (plain ? insertClaimRowsAsJson(tx, data) : tx.claim.createMany({ data })));
  await insertChunked(quantities, (data) => insertQuantityRowsAsJson(tx, data));
  return claims.length;
}

export function insertClaims(tx: Tx, documentId: string, inputs: ClaimInput[]): Promise<number> {
  return insertClaimsForDocuments(tx, [{ documentId, claims: inputs }]);
}
