import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.ts';
import { AppError } from '../errors.ts';

// What a revision stores about a claim: every field a human can change, plus the quantities.

type Tx = Prisma.TransactionClient;
export type LoadedClaim = Prisma.ClaimGetPayload<{ include: { quantities: true } }>;

export const ANCHOR_CONTEXT = 32;

const quantitySnapshotSchema = z.object({
  value: z.number(),
  low: z.number().nullable().optional(),
  high: z.number().nullable().optional(),
  unit: z.string().nullable(),
  qualifier: z.enum(['about', 'over', 'under', 'up_to', 'at_least', 'exact', 'few']),
  subject: z.string().nullable().optional(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

export const claimSnapshotSchema = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  prefix: z.string(),
  suffix: z.string(),
  kind: z.enum(['quote', 'reported', 'factual', 'evaluative', 'prediction']),
  speaker: z.string().nullable(),
  cue: z.string().nullable(),
  status: z.enum(['suggested', 'accepted', 'rejected', 'disputed']),
  orphaned: z.boolean(),
  deletedAt: z.string().nullable(),
  assigneeId: z.string().nullable(),
  version: z.number().int(),
  quantities: z.array(quantitySnapshotSchema),
});
export type ClaimSnapshot = z.infer<typeof claimSnapshotSchema>;

export function claimSnapshot(c: LoadedClaim): ClaimSnapshot {
  return {
    text: c.text,
    start: c.start,
    end: c.end,
    prefix: c.prefix,
    suffix: c.suffix,
    kind: c.kind,
    speaker: c.speaker,
    cue: c.cue,
    status: c.status,
    orphaned: c.orphaned,
    deletedAt: c.deletedAt ? c.deletedAt.toISOString() : null,
    assigneeId: c.assigneeId,
    version: c.version,
    quantities: c.quantities.map((q) => ({
      value: q.value,
      low: q.low,
      high: q.high,
      unit: q.unit,
      qualifier: q.qualifier,
      subject: q.subject,
      text: q.text,
      start: q.start,
      end: q.end,
    })),
  };
}

/** A claim by id, or NOT_FOUND for unknown and forged ids. */
export async function loadClaim(tx: Tx, id: string): Promise<LoadedClaim> {
  const claim = await tx.claim.findUnique({ where: { id }, include: { quantities: { orderBy: { start: 'asc' } } } });
  if (!claim) throw new AppError('NOT_FOUND', 'There is no such claim.');
  return claim;
}

/** The quote at [start, end) with its surrounding context, as stored for re-anchoring. */
export function anchorAt(text: string, start: number, end: number) {
  if (start < 0 || end > text.length || end <= start) {
    throw new AppError('BAD_INPUT', `The span ${start}–${end} is outside the document (length ${text.length}).`);
  }
  const quote = text.slice(start, end);
  if (!quote.trim()) throw new AppError('BAD_INPUT', 'The selected span contains no text.');
  return { text: quote, start, end, prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start), suffix: text.slice(end, end + ANCHOR_CONTEXT) };
}
