import type { Db } from '../db/client.ts';
import { claimReviews } from '../exports/claimreview.ts';
import { annotationCollection } from '../exports/webannotation.ts';
import { claimsCsv } from '../exports/csv.ts';
import { CONTENT_TYPES, exportFilename, type ExportRequest } from '../exports/scope.ts';
import type { ExportOptions } from '../exports/types.ts';
import { loadExportData } from './export-data.ts';
import { backupLines } from './export-backup.ts';

// One entry point for every export (REST route, CLI): the content type, a file name and the body
// as chunks of text. Backups stream; the claim formats are one document each.

export type ExportResult = { contentType: string; filename: string; chunks: AsyncIterable<string> };

async function* once(make: () => Promise<string>): AsyncGenerator<string> {
  yield await make();
}

/** The app's name and public address in exports (links to claims): BETTER_AUTH_URL, else the given default. */
export function exportOptions(fallbackBaseUrl = 'http://localhost:3000'): ExportOptions {
  const base = process.env.BETTER_AUTH_URL || fallbackBaseUrl;
  return { baseUrl: base.replace(/\/+$/, ''), appName: 'Claimscope' };
}

function label(req: ExportRequest): string {
  const s = req.scope;
  if (s.kind === 'all') return 'Claimscope: all claims';
  if (s.kind === 'compare') return `Claimscope: claims of documents ${s.ids.join(' and ')}`;
  return `Claimscope: claims of ${s.kind} ${s.id}`;
}

/**
 * Checks the scope (unknown ids → NOT_FOUND) before any byte is written, so a caller can still
 * answer with an error; a backup's rows are read as they are sent.
 */
export async function exportData(db: Db, req: ExportRequest, options: ExportOptions, { withSecrets = false } = {}): Promise<ExportResult> {
  const head = { contentType: CONTENT_TYPES[req.format], filename: exportFilename(req) };
  if (req.format === 'backup') return { ...head, chunks: backupLines(db, { withSecrets }) };
  const documents = await loadExportData(db, req.scope);
  const body = (): string => {
    if (req.format === 'claimreview') return `${JSON.stringify(claimReviews(documents, options), null, 2)}\n`;
    if (req.format === 'webannotation') return `${JSON.stringify(annotationCollection(documents, options, label(req)), null, 2)}\n`;
    return claimsCsv(documents);
  };
  return { ...head, chunks: once(async () => body()) };
}
