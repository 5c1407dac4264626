import { z } from 'zod';
import { dateTimeSchema, pageQuerySchema, pageSchema } from './common.ts';
import { createTopicSchema, renameTopicSchema } from '../../schemas/topic.ts';
import { claimStatusSchema, linkTopicSchema, stanceSchema, versionSchema } from '../../schemas/claim.ts';
import { idSchema, optionalSafeText } from '../../schemas/safe-text.ts';

// REST shapes of topics and claim–topic links: /api/v1/topics[/{id}], /api/v1/links[/{id}].

export const topicKindSchema = z.enum(['number', 'flip', 'proposition', 'continuation']);

export const topicSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    question: z.string().nullable(),
    kind: topicKindSchema.nullable().meta({ description: 'Why an automatic topic exists; null for editors\' topics.' }),
    origin: z.enum(['auto', 'human']),
    concepts: z.array(z.string()),
    claimCount: z.number().int(),
    version: z.number().int(),
    createdAt: dateTimeSchema,
    updatedAt: dateTimeSchema,
  })
  .meta({ id: 'Topic' });

export const topicPageSchema = pageSchema(topicSchema, 'TopicPage');
export const topicListQuerySchema = pageQuerySchema.extend({
  kind: z.enum([...topicKindSchema.options, 'human']).optional().meta({ description: 'An automatic kind, or human for editors\' topics.' }),
});
export const createTopicBodySchema = createTopicSchema.meta({ id: 'TopicCreate' });
export const updateTopicBodySchema = renameTopicSchema.omit({ id: true }).meta({ id: 'TopicUpdate' });
export const topicDeleteResultSchema = z.object({ deleted: z.string(), links: z.number().int() }).meta({ id: 'TopicDeleteResult' });

export const linkSchema = z
  .object({
    id: z.string(),
    claimId: z.string(),
    topicId: z.string(),
    stance: stanceSchema,
    origin: z.enum(['auto', 'human']),
    status: claimStatusSchema,
    confidence: z.number(),
    rationale: z.string(),
    version: z.number().int(),
    createdAt: dateTimeSchema,
    updatedAt: dateTimeSchema,
  })
  .meta({ id: 'Link' });

export const linkPageSchema = pageSchema(linkSchema, 'LinkPage');
export const linkListQuerySchema = pageQuerySchema.extend({ topicId: idSchema.optional(), claimId: idSchema.optional(), status: claimStatusSchema.optional() });
export const createLinkBodySchema = linkTopicSchema.meta({ id: 'LinkCreate', description: 'Links a claim to a topic, or sets the stance of the existing link (it goes back to review).' });
export const updateLinkBodySchema = z
  .object({ version: versionSchema, status: claimStatusSchema, comment: optionalSafeText(2000) })
  .meta({ id: 'LinkUpdate', description: 'A review decision on the link (editor).' });
export const linkDeleteResultSchema = z.object({ id: z.string() }).meta({ id: 'LinkDeleteResult' });

type TopicRow = {
  id: string; label: string; question: string | null; kind: z.infer<typeof topicKindSchema> | null; origin: 'auto' | 'human';
  concepts: string[]; version: number; createdAt: Date; updatedAt: Date; _count: { claims: number };
};

export function toTopicJson({ _count, createdAt, updatedAt, ...t }: TopicRow) {
  return { id: t.id, label: t.label, question: t.question, kind: t.kind, origin: t.origin, concepts: t.concepts, claimCount: _count.claims, version: t.version, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}

type LinkRow = Omit<z.infer<typeof linkSchema>, 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date };

export function toLinkJson(l: LinkRow) {
  return {
    id: l.id, claimId: l.claimId, topicId: l.topicId, stance: l.stance, origin: l.origin, status: l.status, confidence: l.confidence,
    rationale: l.rationale, version: l.version, createdAt: l.createdAt.toISOString(), updatedAt: l.updatedAt.toISOString(),
  };
}
