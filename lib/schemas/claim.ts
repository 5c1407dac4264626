import { z } from 'zod';
import { idSchema, optionalSafeText, safeText } from './safe-text.ts';

// Inputs for claim, link, comment and review mutations, shared by server actions and REST routes.

export { idSchema };
export const versionSchema = z.number().int().min(1);
export const claimKindSchema = z.enum(['quote', 'reported', 'factual', 'evaluative', 'prediction']);
export const claimStatusSchema = z.enum(['suggested', 'accepted', 'rejected', 'disputed']);
export const stanceSchema = z.enum(['supports', 'opposes', 'neutral', 'mixed']);
const optionalText = optionalSafeText;

export const quantityInputSchema = z.object({
  text: safeText({ min: 1, max: 200 }),
  value: z.number().finite(),
  unit: optionalText(50),
});
export type QuantityInput = z.infer<typeof quantityInputSchema>;

export const createClaimSchema = z
  .object({
    documentId: idSchema,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    kind: claimKindSchema.default('factual'),
    speaker: optionalText(200),
  })
  .refine((v) => v.end > v.start, { message: 'The end must come after the start', path: ['end'] });
export type CreateClaimInput = z.input<typeof createClaimSchema>;

export const claimChangesSchema = z.object({
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(1).optional(),
  kind: claimKindSchema.optional(),
  speaker: optionalText(200).optional(),
  cue: optionalText(200).optional(),
  quantities: z.array(quantityInputSchema).max(50).optional(),
});
export type ClaimChanges = z.input<typeof claimChangesSchema>;

export const updateClaimSchema = claimChangesSchema.extend({ id: idSchema, version: versionSchema });
export type UpdateClaimInput = z.input<typeof updateClaimSchema>;

export const claimRefSchema = z.object({ id: idSchema, version: versionSchema });
export type ClaimRef = z.infer<typeof claimRefSchema>;

export const setStatusSchema = z.object({
  items: z.array(claimRefSchema).min(1).max(200),
  status: claimStatusSchema,
  comment: optionalText(2000),
});
export type SetStatusInput = z.input<typeof setStatusSchema>;

export const assignClaimSchema = claimRefSchema.extend({ assigneeId: idSchema.nullable() });
export type AssignClaimInput = z.infer<typeof assignClaimSchema>;

export const restoreRevisionSchema = z.object({ claimId: idSchema, revisionId: idSchema, version: versionSchema });
export type RestoreRevisionInput = z.infer<typeof restoreRevisionSchema>;

export const linkTopicSchema = z.object({ claimId: idSchema, topicId: idSchema, stance: stanceSchema });
export type LinkTopicInput = z.infer<typeof linkTopicSchema>;

/** `version` is optional: the UI unlinks what it shows; REST clients may lock on the version they saw. */
export const unlinkTopicSchema = z.object({ linkId: idSchema, version: versionSchema.optional() });

export const commentSchema = z
  .object({ claimId: idSchema.optional(), topicId: idSchema.optional(), body: safeText({ min: 1, max: 4000, tooShort: 'A comment needs some text' }) })
  .refine((v) => Boolean(v.claimId) !== Boolean(v.topicId), { message: 'A comment belongs to exactly one claim or topic' });
export type CommentInput = z.infer<typeof commentSchema>;
