import { z } from 'zod';
import { idSchema, safeText, sourceUrlSchema } from './safe-text.ts';

export const datePrecisionSchema = z.enum(['day', 'month', 'year']);
export const documentKindSchema = z.enum(['article', 'commentary', 'analysis', 'statement', 'interview', 'report', 'social', 'other']);
export const languageSchema = z.enum(['de', 'en']);

export const EARLIEST_PUBLISHED_YEAR = 1800;

/** The latest plausible publication year: next year (announced issues), never 9999. */
export function latestPublishedYear(now = new Date()): number {
  return now.getUTCFullYear() + 1;
}

/** Why a parsed date is implausible as a publication date, or null. */
export function publishedRangeProblem(value: string, now = new Date()): string | null {
  const year = Number(value.slice(0, 4));
  const latest = latestPublishedYear(now);
  return year < EARLIEST_PUBLISHED_YEAR || year > latest ? `date ${value} is out of range (${EARLIEST_PUBLISHED_YEAR} – ${latest})` : null;
}

/** `2020`, `2020-02` or `2020-02-14`, a real calendar date between 1800 and next year. */
export const publishedSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Dates are YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((v) => parsePublished(v) !== null, 'Not a calendar date')
  .check((ctx) => {
    const problem = /^\d{4}/.test(ctx.value) ? publishedRangeProblem(ctx.value) : null;
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

export type DatePrecision = z.infer<typeof datePrecisionSchema>;
export type PublishedDate = { date: Date; precision: DatePrecision };

export function parsePublished(value: string): PublishedDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const [year, month = 1, day = 1] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== (month ?? 1) - 1 || date.getUTCDate() !== (day ?? 1)) return null;
  return { date, precision: m[3] ? 'day' : m[2] ? 'month' : 'year' };
}

/** Metadata for one document, from a manifest entry or CLI flags. */
export const documentMetaSchema = z.object({
  title: safeText({ min: 1, max: 500 }).optional(),
  authors: z.array(safeText({ min: 1, max: 200 })).max(50).default([]),
  outlet: safeText({ min: 1, max: 500 }).nullish(),
  url: sourceUrlSchema.nullish(),
  language: languageSchema.optional(),
  published: publishedSchema.nullish(),
  datePrecision: datePrecisionSchema.nullish(),
  kind: documentKindSchema.default('article'),
});
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

/** The manifest format of data/samples/manifest.json. */
export const manifestSchema = z.object({
  documents: z.array(
    z.object({
      file: safeText({ min: 1, max: 1000 }),
      title: safeText({ min: 1, max: 500 }).optional(),
      author: safeText({ min: 1, max: 200 }).nullish(),
      authors: z.array(safeText({ min: 1, max: 200 })).max(50).optional(),
      outlet: safeText({ min: 1, max: 500 }).nullish(),
      url: sourceUrlSchema.nullish(),
      language: languageSchema.optional(),
      published: publishedSchema.nullish(),
      datePrecision: datePrecisionSchema.nullish(),
      kind: documentKindSchema.optional(),
    }).passthrough(),
  ),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** REST edits of a document's metadata at the version the client saw (text changes go through re-import). */
export const updateDocumentSchema = z.object({
  id: idSchema,
  version: z.number().int().min(1),
  title: safeText({ min: 1, max: 500 }).optional(),
  authors: z.array(safeText({ min: 1, max: 200 })).max(50).optional(),
  outlet: safeText({ min: 1, max: 500 }).nullish(),
  url: sourceUrlSchema.nullish(),
  published: publishedSchema.nullish(),
  kind: documentKindSchema.optional(),
});
export type UpdateDocumentInput = z.input<typeof updateDocumentSchema>;

export const documentRefSchema = updateDocumentSchema.pick({ id: true, version: true });
export type DocumentRef = z.input<typeof documentRefSchema>;
