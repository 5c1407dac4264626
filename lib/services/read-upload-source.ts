import { AppError } from '../errors.ts';
import { importLimits } from '../env.ts';
import { assertDocumentSize } from '../documents/document-text.ts';
import { parseDocumentBytes, type ParsedDocument } from '../documents/formats/index.ts';
import { fetchDocument } from '../documents/fetch-url.ts';
import type { UploadSource } from '../schemas/upload.ts';

// One uploaded source (file bytes, pasted text, URL) to document text + guessed metadata, through
// the same parser the CLI uses. Shared by the preview and the save step, so what is stored is
// read on the server again, never taken from the browser's copy.

export type ReadSource = ParsedDocument & { name: string };

export function sourceName(source: UploadSource): string {
  return source.kind === 'url' ? source.url : source.name;
}

export async function readUploadSource(source: UploadSource, maxBytes = importLimits().maxDocumentBytes): Promise<ReadSource> {
  const name = sourceName(source);
  if (source.kind === 'file') {
    assertDocumentSize(source.bytes.byteLength, name, maxBytes);
    return { name, ...(await parseDocumentBytes(source.bytes, name, { maxBytes, contentType: source.contentType })) };
  }
  if (source.kind === 'text') {
    const bytes = new TextEncoder().encode(source.text);
    assertDocumentSize(bytes.byteLength, name, maxBytes);
    return { name, ...(await parseDocumentBytes(bytes, name, { maxBytes, contentType: 'text/plain' })) };
  }
  if (!/^https?:\/\//i.test(source.url)) throw new AppError('BAD_INPUT', `${name}: only http:// and https:// addresses can be fetched`);
  const fetched = await fetchDocument(source.url, { maxBytes });
  const parsed = await parseDocumentBytes(fetched.bytes, fetched.finalUrl, { maxBytes, contentType: fetched.contentType ?? undefined });
  return { name, ...parsed, meta: { ...parsed.meta, url: parsed.meta.url ?? fetched.finalUrl } };
}
