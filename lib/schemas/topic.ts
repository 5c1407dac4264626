import { z } from 'zod';
import { idSchema, versionSchema } from './claim.ts';
import { optionalSafeText, safeText } from './safe-text.ts';

export const topicLabelSchema = safeText({ min: 2, max: 200, tooShort: 'A topic needs a label' });
export const topicQuestionSchema = optionalSafeText(500);

export const createTopicSchema = z.object({ label: topicLabelSchema, question: topicQuestionSchema });
export type CreateTopicInput = z.input<typeof createTopicSchema>;

export const renameTopicSchema = z.object({ id: idSchema, version: versionSchema, label: topicLabelSchema, question: topicQuestionSchema });
export type RenameTopicInput = z.input<typeof renameTopicSchema>;

export const mergeTopicsSchema = z
  .object({ targetId: idSchema, sourceIds: z.array(idSchema).min(1).max(50) })
  .refine((v) => !v.sourceIds.includes(v.targetId), { message: 'A topic cannot be merged into itself', path: ['sourceIds'] });
export type MergeTopicsInput = z.input<typeof mergeTopicsSchema>;

export const deleteTopicSchema = z.object({ id: idSchema, version: versionSchema });
export type DeleteTopicInput = z.input<typeof deleteTopicSchema>;

export const compareIdsSchema = z.array(idSchema).min(2).max(6);

/** `?ids=A,B[,…]` of the comparison route: distinct, comma-separated document ids, 2..6. */
export const compareIdsParamSchema = z
  .string({ error: 'ids is required: ?ids=A,B' })
  .transform((s) => [...new Set(s.split(',').map((id) => id.trim()).filter(Boolean))])
  .pipe(compareIdsSchema);
