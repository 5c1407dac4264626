import { z } from 'zod';
import { dateTimeSchema, pageQuerySchema, pageSchema } from './common.ts';
import { claimChangesSchema, claimKindSchema, claimStatusSchema, createClaimSchema, stanceSchema } from '../../schemas/claim.ts';
import { idSchema, safeText } from '../../schemas/safe-text.ts';

// REST shapes of claims and their quantities: GET /api/v1/claims[/{id}], POST, PATCH, DELETE,
// GET /api/v1/quantities[/{id}].

export const quantitySchema = z
  .object({
    id: z.string(),
    claimId: z.string(),
    value: z.number(),
    low: z.number().nullable(),
    high: z.number().nullable(),
    unit: z.string().nullable(),
    qualifier: z.string(),
    subject: z.string().nullable(),
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
  })
  .meta({ id: 'Quantity' });

export const claimSchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    kind: claimKindSchema,
    voice: z.string(),
    speaker: z.string().nullable(),
    cue: z.string().nullable(),
    hedged: z.boolean(),
    negated: z.boolean(),
    checkworthiness: z.number(),
    origin: z.string(),
    status: claimStatusSchema,
    orphaned: z.boolean(),
    deleted: z.boolean(),
    version: z.number().int(),
    quantities: z.array(quantitySchema),
    topics: z.array(z.object({ linkId: z.string(), topicId: z.string(), stance: stanceSchema, status: claimStatusSchema })),
    createdAt: dateTimeSchema,
    updatedAt: dateTimeSchema,
  })
  .meta({ id: 'Claim' });

export const claimPageSchema = pageSchema(claimSchema, 'ClaimPage');

export const claimListQuerySchema = pageQuerySchema.extend({
  documentId: idSchema.optional(),
  kind: claimKindSchema.optional(),
  status: claimStatusSchema.optional(),
  speaker: safeText({ min: 1, max: 200 }).optional().meta({ description: 'The speaker, exactly.' }),
  deleted: z.enum(['true', 'false']).optional().meta({ description: 'true: only soft-deleted claims; default: only live ones.' }),
});

export const createClaimBodySchema = createClaimSchema.meta({ id: 'ClaimCreate' });
export const updateClaimBodySchema = claimChangesSchema.extend({ version: z.number().int().min(1) }).meta({ id: 'ClaimUpdate' });
export const claimRefResultSchema = z.object({ id: z.string(), version: z.number().int() }).meta({ id: 'ClaimRef' });

export const quantityListQuerySchema = pageQuerySchema.extend({
  claimId: idSchema.optional(),
  documentId: idSchema.optional(),
  unit: safeText({ min: 1, max: 50 }).optional(),
});
export const quantityPageSchema = pageSchema(quantitySchema, 'QuantityPage');

type ClaimRow = {
  id: string; documentId: string; text: string; start: number; end: number; kind: z.infer<typeof claimKindSchema>; voice: string;
  speaker: string | null; cue: string | null; hedged: boolean; negated: boolean; checkworthiness: number; origin: string;
  status: z.infer<typeof claimStatusSchema>; orphaned: boolean; deletedAt: Date | null; version: number; createdAt: Date; updatedAt: Date;
  quantities: z.infer<typeof quantitySchema>[];
  topics: { id: string; topicId: string; stance: z.infer<typeof stanceSchema>; status: z.infer<typeof claimStatusSchema> }[];
};

export function toClaimJson({ deletedAt, quantities, topics, createdAt, updatedAt, ...c }: ClaimRow) {
  return {
    id: c.id, documentId: c.documentId, text: c.text, start: c.start, end: c.end, kind: c.kind, voice: c.voice, speaker: c.speaker, cue: c.cue,
    hedged: c.hedged, negated: c.negated, checkworthiness: c.checkworthiness, origin: c.origin, status: c.status, orphaned: c.orphaned,
    deleted: deletedAt !== null, version: c.version,
    quantities: quantities.map(toQuantityJson),
    topics: topics.map((t) => ({ linkId: t.id, topicId: t.topicId, stance: t.stance, status: t.status })),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

export function toQuantityJson(q: z.infer<typeof quantitySchema>) {
  return { id: q.id, claimId: q.claimId, value: q.value, low: q.low, high: q.high, unit: q.unit, qualifier: q.qualifier, subject: q.subject, text: q.text, start: q.start, end: q.end };
}
