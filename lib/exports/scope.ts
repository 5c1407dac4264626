import { z } from 'zod';
import { idSchema } from '../schemas/safe-text.ts';
import { AppError } from '../errors.ts';
import { describeIssues } from '../schemas/safe-text.ts';

// What to export and in which format: shared by the REST route and the CLI.

export const EXPORT_FORMATS = ['claimreview', 'webannotation', 'csv', 'backup'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportScope = { kind: 'all' } | { kind: 'document'; id: string } | { kind: 'topic'; id: string } | { kind: 'compare'; ids: [string, string] };

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  claimreview: 'application/ld+json; charset=utf-8',
  webannotation: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  backup: 'application/x-ndjson; charset=utf-8',
};

const EXTENSIONS: Record<ExportFormat, string> = { claimreview: 'claimreview.jsonld', webannotation: 'annotations.jsonld', csv: 'claims.csv', backup: 'backup.jsonl' };

const requestSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(', ')}` }),
    document: idSchema.optional(),
    topic: idSchema.optional(),
    compare: z
      .string()
      .transform((s) => s.split(','))
      .pipe(z.tuple([idSchema, idSchema], { error: 'must be two document ids: A,B' }))
      .optional(),
  })
  .refine((r) => [r.document, r.topic, r.compare].filter(Boolean).length <= 1, { message: 'give at most one of document, topic and compare' })
  .refine((r) => r.format !== 'backup' || (!r.document && !r.topic && !r.compare), { message: 'a backup is always of everything: give no document, topic or compare' });

export type ExportRequest = { format: ExportFormat; scope: ExportScope };

/** Parses `format` and at most one of `document`, `topic`, `compare` (absent values: undefined). */
export function parseExportRequest(raw: { format?: unknown; document?: unknown; topic?: unknown; compare?: unknown }): ExportRequest {
  const parsed = requestSchema.safeParse({ format: raw.format ?? undefined, document: raw.document ?? undefined, topic: raw.topic ?? undefined, compare: raw.compare ?? undefined });
  if (!parsed.success) throw new AppError('BAD_INPUT', `export: ${describeIssues(parsed.error.issues.slice(0, 1))}`);
  const r = parsed.data;
  const scope: ExportScope = r.document ? { kind: 'document', id: r.document } : r.topic ? { kind: 'topic', id: r.topic } : r.compare ? { kind: 'compare', ids: r.compare } : { kind: 'all' };
  return { format: r.format, scope };
}

export function exportFilename(req: ExportRequest): string {
  const s = req.scope;
  const what = s.kind === 'all' ? 'all' : s.kind === 'compare' ? `compare-${s.ids.join('-')}` : `${s.kind}-${s.id}`;
  return `claimscope-${what}.${EXTENSIONS[req.format]}`;
}
