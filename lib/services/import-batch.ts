import type { Db } from '../db/client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { importLimits, type ImportLimits } from '../env.ts';
import { AppError, isAppError } from '../errors.ts';
import { contentHash, IMPORT_TRANSACTION, inImportTransaction, prepareDocument, storageError, storeDocument, type ImportInput, type ImportResult } from './import-document.ts';
import type { ReadItem } from './import-files.ts';

// A batch of imports (CLI, demo), streamed: each document is read, extracted and stored before
// the next is read, so memory stays flat however many files there are.
// By default the batch is one transaction: a file that fails while storing rolls back the files
// before it, and a killed process leaves nothing behind. With continueOnError each file is its
// own transaction and failures are listed instead.

type Tx = Prisma.TransactionClient;

export type BatchEvent = { name: string; status: ImportResult['status'] | 'failed' };
export type BatchOptions = {
  continueOnError?: boolean;
  limits?: ImportLimits;
  /** How many documents the stream will yield (sizes the all-or-nothing transaction's timeout). */
  total?: number;
  /** Called after each document (in an atomic batch nothing is committed until the end). */
  onDocument?: (event: BatchEvent, item?: BatchItem) => void;
  /** The atomic batch rolled back and starts over (a concurrent import stored one of its texts). */
  onRestart?: () => void;
};
export type BatchItem = ImportResult & { name: string };
export type BatchFailure = { name: string; message: string };
export type BatchResult = { results: BatchItem[]; failures: BatchFailure[] };
/** Opens the stream of documents; the atomic batch opens it again when it has to retry. */
export type ReadStream = () => AsyncIterable<ReadItem> | Iterable<ReadItem>;

/** The stream of a list already read (tests, small callers). */
export const fromInputs = (inputs: ImportInput[]): ReadStream => () => inputs.map((input) => ({ name: input.name, input }));

// The transaction of a whole batch stays open while every file is extracted and stored; the
// fixed per-file guard keeps a stuck batch from holding it forever.
const PER_FILE_MS = 10_000;

const messageOf = (name: string, e: unknown) => (isAppError(e) ? e.userMessage : storageError(name, e, 'it was not stored').userMessage);
const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';

/**
 * Stores one input. A text already stored (the rerun of a killed import) is found by its hash
 * before the extraction, so resuming costs a read and a lookup per finished file.
 */
async function storeInput(client: Tx | Db, input: ImportInput, limits: ImportLimits, store: (doc: ReturnType<typeof prepareDocument>) => Promise<ImportResult>): Promise<BatchItem> {
  const existing = await client.document.findUnique({ where: { contentHash: contentHash(input.text) }, select: { id: true, title: true } });
  if (existing) return { ...existing, status: 'unchanged', claims: 0, overLong: 0, name: input.name };
  return { ...(await store(prepareDocument(input, limits))), name: input.name };
}

export async function importBatch(db: Db, open: ReadStream, options: BatchOptions = {}): Promise<BatchResult> {
  const limits = options.limits ?? importLimits();
  if (options.continueOnError) return importEach(db, open, limits, options);
  const timeout = Math.max(IMPORT_TRANSACTION.timeout, (options.total ?? 0) * PER_FILE_MS);
  let current = 'import';
  const work = async (tx: Tx) => {
    const stored: BatchItem[] = [];
    current = 'import';
    for await (const item of open()) {
      current = item.name;
      // A file that changed since it was checked stops the batch like any storing failure.
      if (item.error !== undefined) throw new AppError('BAD_INPUT', item.error);
      const result = await storeInput(tx, item.input, limits, (doc) => storeDocument(tx, doc));
      stored.push(result);
      options.onDocument?.({ name: item.name, status: result.status }, result);
    }
    return stored;
  };
  for (let attempt = 1; ; attempt++) {
    if (attempt > 1) options.onRestart?.();
    try {
      const results = await db.$transaction(work, { ...IMPORT_TRANSACTION, timeout });
      return { results, failures: [] };
    } catch (e) {
      // A concurrent import committed one of these texts first: the retry reports it unchanged.
      if (isUniqueViolation(e) && attempt < 3) continue;
      const kept = (options.total ?? 2) > 1 ? 'nothing was stored, not even the files before it (use --continue-on-error to keep them)' : 'nothing was stored';
      throw storageError(current, e, kept);
    }
  }
}

/** One transaction per file; a bad or failing file is reported and the others go on. */
async function importEach(db: Db, open: ReadStream, limits: ImportLimits, options: BatchOptions): Promise<BatchResult> {
  const results: BatchItem[] = [];
  const failures: BatchFailure[] = [];
  for await (const item of open()) {
    try {
      if (item.error !== undefined) throw new AppError('BAD_INPUT', item.error);
      const result = await storeInput(db, item.input, limits, (doc) => inImportTransaction(db, (tx) => storeDocument(tx, doc)));
      results.push(result);
      options.onDocument?.({ name: item.name, status: result.status }, result);
    } catch (e) {
      failures.push({ name: item.name, message: messageOf(item.name, e) });
      options.onDocument?.({ name: item.name, status: 'failed' });
    }
  }
  return { results, failures };
}
