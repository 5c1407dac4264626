import { z } from 'zod';
import { dateTimeSchema, pageQuerySchema, pageSchema } from './common.ts';
import { documentKindSchema, languageSchema, datePrecisionSchema, updateDocumentSchema, publishedSchema } from '../../schemas/document.ts';
import { safeText, sourceUrlSchema } from '../../schemas/safe-text.ts';
import { isoPublished } from '../../documents/published-date.ts';

// REST shapes of documents: GET /api/v1/documents[/{id}], POST, PATCH, DELETE.

export const documentSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    authors: z.array(z.string()),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    language: z.string().meta({ example: 'de' }),
    kind: documentKindSchema,
    published: z.string().nullable().meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as known.' }),
    datePrecision: datePrecisionSchema.nullable(),
    format: z.string().nullable(),
    extractionStatus: z.string(),
    version: z.number().int(),
    createdAt: dateTimeSchema,
    updatedAt: dateTimeSchema,
  })
  .meta({ id: 'Document' });

export const documentDetailSchema = documentSchema.extend({ text: z.string(), claimCount: z.number().int() }).meta({ id: 'DocumentDetail' });

export const documentPageSchema = pageSchema(documentSchema, 'DocumentPage');

export const documentListQuerySchema = pageQuerySchema.extend({
  language: languageSchema.optional(),
  source: safeText({ min: 1, max: 500 }).optional().meta({ description: 'The outlet name, exactly.' }),
  kind: documentKindSchema.optional(),
});

export const createDocumentBodySchema = z
  .object({
    text: z.string().meta({ description: 'Plain text of the document; claims are extracted from it.' }),
    title: safeText({ min: 1, max: 500 }).optional(),
    authors: z.array(safeText({ min: 1, max: 200 })).max(50).optional(),
    outlet: safeText({ min: 1, max: 500 }).nullish(),
    url: sourceUrlSchema.nullish(),
    published: publishedSchema.nullish(),
    language: languageSchema.optional(),
    kind: documentKindSchema.optional(),
  })
  .meta({ id: 'DocumentCreate' });

export const createDocumentResultSchema = z
  .object({ id: z.string(), title: z.string(), status: z.enum(['created', 'unchanged']), claims: z.number().int() })
  .meta({ id: 'DocumentCreateResult' });

export const updateDocumentBodySchema = updateDocumentSchema.omit({ id: true }).meta({ id: 'DocumentUpdate' });

type DocumentRow = {
  id: string;
  title: string;
  authors: string[];
  url: string | null;
  language: string;
  kind: string;
  publishedAt: Date | null;
  datePrecision: 'day' | 'month' | 'year' | null;
  format: string | null;
  extractionStatus: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  source: { name: string } | null;
};

export function toDocumentJson(d: DocumentRow) {
  return {
    id: d.id,
    title: d.title,
    authors: d.authors,
    outlet: d.source?.name ?? null,
    url: d.url,
    language: d.language,
    kind: d.kind,
    published: d.publishedAt ? isoPublished(d.publishedAt, d.datePrecision) : null,
    datePrecision: d.datePrecision,
    format: d.format,
    extractionStatus: d.extractionStatus,
    version: d.version,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}
