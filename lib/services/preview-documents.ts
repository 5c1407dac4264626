import { isAppError } from '../errors.ts';
import { detectLanguage } from '../engine/index.ts';
import { deriveTitle } from '../documents/document-text.ts';
import { previewRequestSchema, type PreviewItem, type PreviewMeta } from '../schemas/upload.ts';
import { readUploadSource, sourceName } from './read-upload-source.ts';

// The upload page's first step: read each source and show what would be stored (no writes).

export const PREVIEW_CHARS = 2000;

export type { PreviewItem, PreviewMeta };

/** An AppError's message; anything else is a bug in a reader: logged, and the item refused. */
export function refusalReason(name: string, e: unknown): string {
  if (isAppError(e)) return e.userMessage;
  console.error(`${name}: could not be read`, e);
  return `${name}: the file could not be read`;
}

export async function previewDocuments(input: unknown): Promise<PreviewItem[]> {
  const { items } = previewRequestSchema.parse(input);
  const results: PreviewItem[] = [];
  for (const source of items) {
    const name = sourceName(source);
    try {
      const { format, text, meta } = await readUploadSource(source);
      results.push({
        ok: true,
        name,
        format,
        excerpt: text.slice(0, PREVIEW_CHARS),
        chars: text.length,
        meta: {
          title: meta.title ?? deriveTitle(text),
          authors: meta.authors ?? [],
          outlet: meta.outlet ?? '',
          url: meta.url ?? '',
          published: meta.published ?? '',
          language: meta.language ?? detectLanguage(text),
          kind: 'article',
        },
      });
    } catch (e) {
      results.push({ ok: false, name, reason: refusalReason(name, e) });
    }
  }
  return results;
}
