import { z } from 'zod';
import { idSchema, optionalSafeText, safeText } from './safe-text.ts';
import { studentNameSchema } from '../teaching/student-login.ts';
import { newPasswordSchema } from '../auth/password-rules.ts';
import { PAIR_RELATIONS } from '../engine/compare/pair-relations.ts';
import { topicQuestionSchema } from './topic.ts';

// Input of the teaching-mode actions (lib/actions/teaching.ts, lib/services/teaching/).

/** What a student fills in besides the span. */
export const exerciseFields = ['kind', 'speaker', 'hedged', 'stance'] as const;
export type ExerciseField = (typeof exerciseFields)[number];
export const claimKinds = ['quote', 'reported', 'factual', 'evaluative', 'prediction'] as const;
export const stances = ['supports', 'opposes', 'neutral', 'mixed'] as const;

export const joinCodeSchema = z.string().trim().min(4).max(20);

export const createClassSchema = z.object({ name: safeText({ min: 1, max: 120 }) });
export const joinClassSchema = z.object({ code: joinCodeSchema });
export const enrolStudentSchema = z.object({ code: joinCodeSchema, userName: studentNameSchema, password: newPasswordSchema });

export const createExerciseSchema = z
  .object({
    classId: idSchema,
    title: safeText({ min: 1, max: 200 }),
    instructions: safeText({ max: 4000 }).default(''),
    documentIds: z.array(idSchema).min(1, 'choose at least one document').max(10),
    dueAt: z.coerce.date().nullish(),
    fields: z.array(z.enum(exerciseFields)).max(exerciseFields.length).default([]),
    topicIds: z.array(idSchema).max(5).default([]),
    reference: z.enum(['teacher', 'accepted']).default('accepted'),
    mode: z.enum(['annotate', 'compare']).default('annotate'),
    /** Comparison exercises: an existing topic as the question, or `question` to create one. */
    questionTopicId: idSchema.nullish(),
    question: topicQuestionSchema,
  })
  .refine((e) => e.mode === 'compare' || !e.fields.includes('stance') || e.topicIds.length > 0, { message: 'stance needs at least one topic', path: ['topicIds'] })
  .refine((e) => e.mode !== 'compare' || new Set(e.documentIds).size === 2, { message: 'a comparison exercise needs exactly two different documents (left and right)', path: ['documentIds'] })
  .refine((e) => e.mode !== 'compare' || Boolean(e.questionTopicId) !== Boolean(e.question), { message: 'a comparison exercise needs a question: pick a topic or type a question (not both)', path: ['question'] });

export const addAnnotationSchema = z.object({
  exerciseId: idSchema,
  documentId: idSchema,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  kind: z.enum(claimKinds).nullish(),
  speaker: optionalSafeText(200),
  hedged: z.boolean().nullish(),
  stance: z.enum(stances).nullish(),
  topicId: idSchema.nullish(),
});
export type AddAnnotationInput = z.input<typeof addAnnotationSchema>;

export const annotationRefSchema = z.object({ annotationId: idSchema });
export const exerciseRefSchema = z.object({ exerciseId: idSchema });

// ---- Comparison exercises ----

/** An item linked to the question: a claim of one of the two documents, or the student's own span. */
export const linkItemSchema = z
  .object({
    exerciseId: idSchema,
    documentId: idSchema,
    claimId: idSchema.nullish(),
    start: z.number().int().min(0).nullish(),
    end: z.number().int().min(1).nullish(),
    stance: z.enum(stances),
  })
  .refine((i) => Boolean(i.claimId) || (typeof i.start === 'number' && typeof i.end === 'number'), { message: 'link a claim (claimId) or a span (start and end)', path: ['claimId'] });
export const itemRefSchema = z.object({ itemId: idSchema });
export const pairItemsSchema = z.object({ leftItemId: idSchema, rightItemId: idSchema, relation: z.enum(PAIR_RELATIONS) });
export const pairRefSchema = z.object({ pairId: idSchema });

// ---- Managing classes and exercises (teacher) ----

export const renameClassSchema = z.object({ classId: idSchema, name: safeText({ min: 1, max: 120 }) });
export const classRefSchema = z.object({ classId: idSchema });
export const removeMemberSchema = z.object({ classId: idSchema, userId: idSchema });
export const renameExerciseSchema = z.object({ exerciseId: idSchema, title: safeText({ min: 1, max: 200 }) });
