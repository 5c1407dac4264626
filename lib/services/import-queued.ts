import type { Db } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { newRowId } from '../db/ids.ts';
import { insertDocuments } from '../db/queries/document-inserts.ts';
import { importLimits, type ImportLimits } from '../env.ts';
import { AppError, isAppError } from '../errors.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { inImportTransaction, prepareDocument, storageError, type PreparedDocument } from './import-document.ts';
import type { BatchFailure, BatchItem, BatchOptions, BatchResult, ReadStream } from './import-batch.ts';
import { enqueueExtractions } from './run-extraction-job.ts';

// `claimscope import --queue`: documents are stored without claims (extractionStatus 'queued'),
// a batch of them per transaction with multi-row inserts, and each committed batch's extraction
// jobs are sent in one statement; the workers (`npm run worker`) extract. A crash between the
// commit and the send leaves 'queued' documents, which a starting worker sends again.

type Tx = Prisma.TransactionClient;

export const QUEUED_BATCH = 500;

export type QueuedImportOptions = Pick<BatchOptions, 'continueOnError' | 'onDocument'> & { limits?: ImportLimits; batchSize?: number };

/** Stores one batch: texts stored already (or twice in the batch) are reported unchanged. */
async function storeBatch(tx: Tx, docs: PreparedDocument[]): Promise<BatchItem[]> {
  const known = new Map<string, { id: string; title: string }>();
  const existing = await tx.document.findMany({ where: { contentHash: { in: docs.map((d) => d.hash) } }, select: { id: true, title: true, contentHash: true } });
  for (const e of existing) known.set(e.contentHash, { id: e.id, title: e.title });
  const outlets = [...new Set(docs.map((d) => d.outlet).filter((o): o is string => o !== null))];
  if (outlets.length) await tx.source.createMany({ data: outlets.map((name) => ({ id: newRowId(), name })), skipDuplicates: true });
  const sources = new Map((await tx.source.findMany({ where: { name: { in: outlets } }, select: { id: true, name: true } })).map((s) => [s.name, s.id]));
  const rows: Prisma.DocumentCreateManyInput[] = [];
  const results = docs.map((doc): BatchItem => {
    const seen = known.get(doc.hash);
    if (seen) return { ...seen, status: 'unchanged', claims: 0, overLong: 0, name: doc.name };
    const id = newRowId();
    const title = String(doc.data.title);
    known.set(doc.hash, { id, title });
    rows.push({ ...(doc.data as Omit<Prisma.DocumentCreateManyInput, 'id'>), id, sourceId: doc.outlet ? sources.get(doc.outlet) : null });
    return { id, title, status: 'created', claims: 0, overLong: 0, name: doc.name };
  });
  await insertDocuments(tx, rows);
  return results;
}

async function flush(db: Db, queue: JobQueue, docs: PreparedDocument[], options: QueuedImportOptions, out: BatchResult) {
  if (docs.length === 0) return;
  let stored: BatchItem[];
  try {
    stored = await inImportTransaction(db, (tx) => storeBatch(tx, docs));
  } catch (e) {
    throw storageError(docs[0].name, e, `this batch of ${docs.length} was not stored (the batches before it were)`);
  }
  await enqueueExtractions(queue, stored.filter((r) => r.status === 'created').map((r) => r.id));
  for (const r of stored) {
    out.results.push(r);
    options.onDocument?.({ name: r.name, status: r.status }, r);
  }
}

export async function importQueued(db: Db, queue: JobQueue, open: ReadStream, options: QueuedImportOptions = {}): Promise<BatchResult> {
  const limits = options.limits ?? importLimits();
  const size = options.batchSize ?? QUEUED_BATCH;
  const out: BatchResult = { results: [], failures: [] as BatchFailure[] };
  let pending: PreparedDocument[] = [];
  for await (const item of open()) {
    try {
      if (item.error !== undefined) throw new AppError('BAD_INPUT', item.error);
      pending.push(prepareDocument(item.input, limits, { queued: true }));
    } catch (e) {
      if (!options.continueOnError) throw e;
      out.failures.push({ name: item.name, message: isAppError(e) ? e.userMessage : String(e) });
      options.onDocument?.({ name: item.name, status: 'failed' });
    }
    if (pending.length >= size) {
      await flush(db, queue, pending, options, out);
      pending = [];
    }
  }
  await flush(db, queue, pending, options, out);
  return out;
}
