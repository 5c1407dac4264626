import { defineAction } from './run-action.ts';
import { getJobQueue } from '../jobs/runtime.ts';
import { previewDocuments } from '../services/preview-documents.ts';
import { saveUploadedDocuments } from '../services/save-uploaded-documents.ts';
import { retryExtraction } from '../services/retry-extraction.ts';

// Uploading documents and retrying their extraction (annotator and up): same shape as actionDefs.
export const documentActionDefs = {
  previewDocuments: defineAction('document.preview', (_db, _a, i) => previewDocuments(i)),
  saveDocuments: defineAction('document.create', async (db, _a, i) => saveUploadedDocuments(db, await getJobQueue(), i)),
  retryExtraction: defineAction('document.retryExtraction', async (db, _a, i) => retryExtraction(db, await getJobQueue(), i)),
};
