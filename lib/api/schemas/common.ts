import { z } from 'zod';
import { idSchema } from '../../schemas/safe-text.ts';

// Shapes every REST resource shares: the error body, cursor pages, the id path parameter and
// the ?version= of deletes. Routes parse with these and lib/api/openapi documents them.

export const errorCodeSchema = z.enum(['BAD_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'INTERNAL']);

export const errorSchema = z
  .object({
    error: z.object({
      code: errorCodeSchema,
      message: z.string().meta({ description: 'Safe to show to a person; names each failing field.' }),
      issues: z.array(z.object({ path: z.string().meta({ example: 'title' }), message: z.string() })).optional().meta({ description: 'On 400: one entry per failing field.' }),
      current: z.unknown().optional().meta({ description: 'On 409 from a stale version: the row as it is now.' }),
    }),
  })
  .meta({ id: 'Error' });

export const PAGE_DEFAULT_LIMIT = 50;
export const PAGE_MAX_LIMIT = 200;

export const pageQuerySchema = z.object({
  limit: z.coerce.number({ error: 'is not a number' }).int('is not a whole number').min(1, 'must be at least 1').max(PAGE_MAX_LIMIT, `must be at most ${PAGE_MAX_LIMIT}`).default(PAGE_DEFAULT_LIMIT),
  cursor: idSchema.optional().meta({ description: 'nextCursor of the previous page; opaque.' }),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable().meta({ description: 'Pass as ?cursor= for the next page; null on the last page.' }) }).meta({ id });
}

export function dataSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: item });
}

export const idParamSchema = z.object({ id: z.string().meta({ description: 'The resource id.' }) });

export const versionQuerySchema = z.object({
  version: z.coerce.number({ error: 'is not a number' }).int('is not a whole number').min(1, 'must be at least 1').meta({ description: 'The version you last saw (optimistic lock).' }),
});

export const dateTimeSchema = z.string().meta({ format: 'date-time' });

/** The query string as a plain object for zod (a repeated key keeps its last value). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
