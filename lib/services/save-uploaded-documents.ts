import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { importLimits } from '../env.ts';
import type { DocumentMeta } from '../schemas/document.ts';
import { saveRequestSchema, type SavedItem, type UploadMetaForm } from '../schemas/upload.ts';
import { inImportTransaction, prepareDocument, storageError, storeDocument, type PreparedDocument } from './import-document.ts';
import { readUploadSource, sourceName } from './read-upload-source.ts';
import { refusalReason } from './preview-documents.ts';
import { enqueueExtraction } from './run-extraction-job.ts';

// The upload page's second step: each item is read again on the server, validated with the
// metadata the user corrected and stored on its own, without claims and with extractionStatus
// 'queued'; its extraction then runs as a background job. A refused item stores nothing.

export type { SavedItem };

/** The form's strings as import metadata (empty fields left out; authors split on ";"). */
export function metaFromForm(form: UploadMetaForm): Record<string, unknown> {
  return {
    title: form.title,
    authors: form.authors ? form.authors.split(';').map((a) => a.trim()).filter(Boolean) : [],
    outlet: form.outlet,
    url: form.url,
    published: form.published,
    language: form.language,
    kind: form.kind,
  };
}

async function saveOne(db: Db, queue: JobQueue, item: ReturnType<typeof saveRequestSchema.parse>['items'][number]): Promise<SavedItem> {
  const name = sourceName(item.source);
  let prepared: PreparedDocument;
  try {
    const read = await readUploadSource(item.source);
    prepared = prepareDocument({ name, text: read.text, format: read.format, meta: metaFromForm(item.meta) as DocumentMeta }, importLimits(), { queued: true });
  } catch (e) {
    return { name, status: 'refused', reason: refusalReason(name, e) };
  }
  let stored;
  try {
    stored = await inImportTransaction(db, (tx) => storeDocument(tx, prepared));
  } catch (e) {
    return { name, status: 'refused', reason: storageError(name, e, 'it was not stored').userMessage };
  }
  // Stored: a queue that is down now leaves it 'queued', and the worker's start-up sweep sends it.
  if (stored.status === 'created') await enqueueExtraction(queue, stored.id).catch((e) => console.error(`${name}: could not enqueue its extraction`, e));
  return { name, status: stored.status, id: stored.id, title: stored.title };
}

export async function saveUploadedDocuments(db: Db, queue: JobQueue, input: unknown): Promise<SavedItem[]> {
  const parsed = saveRequestSchema.safeParse(input);
  if (!parsed.success) throw new AppError('BAD_INPUT', `upload: ${parsed.error.issues[0]?.message ?? 'not valid'}`);
  const results: SavedItem[] = [];
  for (const item of parsed.data.items) results.push(await saveOne(db, queue, item));
  return results;
}
