import { defineAction } from './run-action.ts';
import { getJobQueue } from '../jobs/runtime.ts';
import { previewDocuments } from '../services/preview-documents.ts';
import { saveUploadedDocuments } from '../services/save-uploaded-documents.ts';
import { retryExtraction } from '../services/retry-extraction.ts';
import { updateDocument } from '../services/update-document.ts';
import { deleteDocument } from '../services/delete-document.ts';

const as = <T>(v: unknown) => v as T;
type In<F> = F extends (db: never, actor: never, input: infer I) => unknown ? I : never;

// Uploading documents and retrying their extraction (annotator and up): same shape as actionDefs.
export const documentActionDefs = {
  previewDocuments: defineAction('document.preview', (_db, _a, i) => previewDocuments(i)),
  saveDocuments: defineAction('document.create', async (db, _a, i) => saveUploadedDocuments(db, await getJobQueue(), i)),
  retryExtraction: defineAction('document.retryExtraction', async (db, _a, i) => retryExtraction(db, await getJobQueue(), i)),
  updateDocument: defineAction('document.update', (db, a, i) => updateDocument(db, a, as<In<typeof updateDocument>>(i))),
  deleteDocument: defineAction('document.delete', (db, a, i) => deleteDocument(db, a, as<In<typeof deleteDocument>>(i))),
};
