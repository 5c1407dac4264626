import { z } from 'zod';
import { stanceSchema } from './claim.ts';

/** Editor-curated demo annotations shipped as data (data/samples/curated-annotations.json). */
export const curatedAnnotationsSchema = z.object({
  curated: z.literal(true),
  description: z.string(),
  comparisons: z.array(z.object({ title: z.string().min(1).max(200), files: z.array(z.string().min(1)).min(2).max(6) })).default([]),
  topics: z
    .array(
      z.object({
        label: z.string().min(2).max(200),
        question: z.string().max(500).optional(),
        links: z.array(z.object({ file: z.string().min(1), quote: z.string().min(3), stance: stanceSchema, note: z.string().optional() })).min(1),
      }),
    )
    .default([]),
});
export type CuratedAnnotations = z.infer<typeof curatedAnnotationsSchema>;
