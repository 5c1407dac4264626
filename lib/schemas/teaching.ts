import { z } from 'zod';
import { idSchema, optionalSafeText, safeText } from './safe-text.ts';
import { studentNameSchema } from '../teaching/student-login.ts';
import { newPasswordSchema } from '../auth/password-rules.ts';

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
  })
  .refine((e) => !e.fields.includes('stance') || e.topicIds.length > 0, { message: 'stance needs at least one topic', path: ['topicIds'] });

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
