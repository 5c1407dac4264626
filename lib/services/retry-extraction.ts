import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { retryExtractionSchema } from '../schemas/upload.ts';
import { enqueueExtraction } from './run-extraction-job.ts';

/** "Retry" on a document whose extraction failed: queued again with a fresh set of attempts. */
export async function retryExtraction(db: Db, queue: JobQueue, input: unknown): Promise<{ id: string; status: 'queued' }> {
  const { documentId } = retryExtractionSchema.parse(input);
  const updated = await db.document.updateMany({
    where: { id: documentId, extractionStatus: 'failed' },
    data: { extractionStatus: 'queued', extractionAttempts: 0, extractionError: null, extractionUpdatedAt: new Date() },
  });
  if (updated.count === 0) {
    const doc = await db.document.findUnique({ where: { id: documentId }, select: { extractionStatus: true } });
    if (!doc) throw new AppError('NOT_FOUND', 'There is no such document.');
    throw new AppError('CONFLICT', `The extraction is ${doc.extractionStatus}, not failed: nothing to retry.`);
  }
  await enqueueExtraction(queue, documentId);
  return { id: documentId, status: 'queued' };
}
