import { z } from 'zod';
import { isId } from './safe-text.ts';
import type { DocumentFormat } from '../documents/formats/index.ts';

// What the upload page sends: one or more sources (a file's bytes, pasted text or a URL) to
// preview, then each source again with the metadata the user corrected, to store.

export const MAX_UPLOAD_ITEMS = 20;

export const uploadSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), name: z.string().min(1).max(300), bytes: z.instanceof(Uint8Array), contentType: z.string().max(200).optional() }),
  z.object({ kind: z.literal('text'), name: z.string().min(1).max(300), text: z.string().min(1) }),
  z.object({ kind: z.literal('url'), url: z.string().trim().min(1).max(2000) }),
]);
export type UploadSource = z.infer<typeof uploadSourceSchema>;

export const previewRequestSchema = z.object({ items: z.array(uploadSourceSchema).min(1, 'Add a file, some text or a URL').max(MAX_UPLOAD_ITEMS) });

const optionalField = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v), z.string().optional());

/** The metadata fields of one item as the form sends them (strings; empty means not given). */
export const uploadMetaFormSchema = z.object({
  title: optionalField,
  /** Separated by ";" (names may contain commas). */
  authors: optionalField,
  outlet: optionalField,
  url: optionalField,
  published: optionalField,
  language: optionalField,
  kind: optionalField,
});
export type UploadMetaForm = z.infer<typeof uploadMetaFormSchema>;

export const saveRequestSchema = z.object({
  items: z.array(z.object({ source: uploadSourceSchema, meta: uploadMetaFormSchema })).min(1).max(MAX_UPLOAD_ITEMS),
});
export type SaveRequest = z.infer<typeof saveRequestSchema>;

export const retryExtractionSchema = z.object({ documentId: z.string().refine(isId, 'Not a document id') });

/** What the preview shows of one item: its text's start and guessed metadata, or why it is refused. */
export type PreviewMeta = { title: string; authors: string[]; outlet: string; url: string; published: string; language: string; kind: string };
export type PreviewItem =
  | { ok: true; name: string; format: DocumentFormat; excerpt: string; chars: number; meta: PreviewMeta }
  | { ok: false; name: string; reason: string };

/** What saving did with one item. */
export type SavedItem =
  | { name: string; status: 'created' | 'unchanged'; id: string; title: string }
  | { name: string; status: 'refused'; reason: string };
