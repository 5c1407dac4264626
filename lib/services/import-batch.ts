import type { Db } from '../db/client.ts';
import { importLimits, type ImportLimits } from '../env.ts';
import { isAppError } from '../errors.ts';
import { inImportTransaction, prepareDocument, storageError, storeDocument, type ImportInput, type ImportResult } from './import-document.ts';

// A batch of imports (CLI, demo). By default the batch is one transaction: a file that fails
// while storing rolls back the files before it, and a killed process leaves nothing behind.
// With continueOnError each file is its own transaction and failures are listed instead.

export type BatchOptions = {
  continueOnError?: boolean;
  limits?: ImportLimits;
  /** Called before each file is stored (progress; nothing is committed yet in an atomic batch). */
  onStoring?: (index: number, total: number, name: string) => void;
};
export type BatchItem = ImportResult & { name: string };
export type BatchFailure = { name: string; message: string };
export type BatchResult = { results: BatchItem[]; failures: BatchFailure[] };

const messageOf = (name: string, e: unknown) => (isAppError(e) ? e.userMessage : storageError(name, e, 'it was not stored').userMessage);

export async function importBatch(db: Db, inputs: ImportInput[], options: BatchOptions = {}): Promise<BatchResult> {
  const limits = options.limits ?? importLimits();
  if (options.continueOnError) return importEach(db, inputs, limits, options);
  // Extraction runs before the transaction opens, so the transaction holds only database work.
  const prepared = inputs.map((input) => prepareDocument(input, limits));
  let current = 0;
  try {
    const results = await inImportTransaction(db, async (tx) => {
      const stored: BatchItem[] = [];
      for (const [i, doc] of prepared.entries()) {
        current = i;
        options.onStoring?.(i, prepared.length, doc.name);
        stored.push({ ...(await storeDocument(tx, doc)), name: doc.name });
      }
      return stored;
    });
    return { results, failures: [] };
  } catch (e) {
    const kept = prepared.length > 1 ? 'nothing was stored, not even the files before it (use --continue-on-error to keep them)' : 'nothing was stored';
    throw storageError(prepared[current]?.name ?? 'import', e, kept);
  }
}

/** One transaction per file; a bad or failing file is reported and the others go on. */
async function importEach(db: Db, inputs: ImportInput[], limits: ImportLimits, options: BatchOptions): Promise<BatchResult> {
  const results: BatchItem[] = [];
  const failures: BatchFailure[] = [];
  for (const [i, input] of inputs.entries()) {
    options.onStoring?.(i, inputs.length, input.name);
    try {
      const doc = prepareDocument(input, limits);
      results.push({ ...(await inImportTransaction(db, (tx) => storeDocument(tx, doc))), name: doc.name });
    } catch (e) {
      failures.push({ name: input.name, message: messageOf(input.name, e) });
    }
  }
  return { results, failures };
}
