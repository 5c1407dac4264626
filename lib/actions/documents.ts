'use server';

import { revalidatePath } from 'next/cache';
import { getPrisma } from '../db/client.ts';
import { documentActionDefs } from './document-action-defs.ts';
import { executeAction, type ActionDef } from './run-action.ts';
import { currentUser } from './session.ts';
import { authorize } from '../auth/policy.ts';
import { actionError, type ActionResult } from '../http/api.ts';
import { previewInputFromForm, saveInputFromForm } from './upload-form.ts';

// Server actions of the upload page, the document page's Retry and document edits (role from the policy table,
// checked before the form is read into memory as documents).

async function perform<R>(def: ActionDef<R>, input: () => Promise<unknown>): Promise<ActionResult<R>> {
  const user = await currentUser();
  try {
    authorize(user, def.name);
  } catch (e) {
    return actionError(e);
  }
  return executeAction(def, user, await input(), getPrisma);
}

export async function previewDocumentsAction(form: unknown) {
  return perform(documentActionDefs.previewDocuments, () => previewInputFromForm(form));
}

export async function saveDocumentsAction(form: unknown) {
  const result = await perform(documentActionDefs.saveDocuments, () => saveInputFromForm(form));
  if (result.ok) revalidatePath('/');
  return result;
}

export async function retryExtractionAction(input: unknown) {
  const result = await perform(documentActionDefs.retryExtraction, async () => input);
  if (result.ok) revalidatePath('/documents/[id]', 'page');
  return result;
}

/** Metadata edits and deletion (editor), the same services as PATCH / DELETE /api/v1/documents/{id}. */
export async function updateDocumentAction(input: unknown) {
  const result = await perform(documentActionDefs.updateDocument, async () => input);
  if (result.ok) revalidatePath('/documents/[id]', 'page');
  return result;
}

export async function deleteDocumentAction(input: unknown) {
  const result = await perform(documentActionDefs.deleteDocument, async () => input);
  if (result.ok) revalidatePath('/');
  return result;
}
