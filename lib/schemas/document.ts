import { z } from 'zod';

export const datePrecisionSchema = z.enum(['day', 'month', 'year']);
export const documentKindSchema = z.enum(['article', 'commentary', 'analysis', 'statement', 'interview', 'report', 'social', 'other']);
export const languageSchema = z.enum(['de', 'en']);

/** `2020`, `2020-02` or `2020-02-14`, a real calendar date. */
export const publishedSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Dates are YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((v) => parsePublished(v) !== null, 'Not a calendar date');

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
  title: z.string().trim().min(1).max(500).optional(),
  authors: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  outlet: z.string().trim().min(1).max(500).nullish(),
  url: z.url().nullish(),
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
      file: z.string().min(1),
      title: z.string().trim().min(1).max(500).optional(),
      author: z.string().trim().min(1).nullish(),
      authors: z.array(z.string().trim().min(1)).optional(),
      outlet: z.string().trim().min(1).nullish(),
      url: z.url().nullish(),
      language: languageSchema.optional(),
      published: publishedSchema.nullish(),
      datePrecision: datePrecisionSchema.nullish(),
      kind: documentKindSchema.optional(),
    }).passthrough(),
  ),
});
export type Manifest = z.infer<typeof manifestSchema>;
