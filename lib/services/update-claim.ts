import type { Db } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { assertCanEditClaim, authorize, type Actor } from '../auth/policy.ts';
import { AppError } from '../errors.ts';
import { updateClaimSchema, type QuantityInput, type UpdateClaimInput } from '../schemas/claim.ts';
import { recordRevision } from './revisions.ts';
import { anchorAt, claimSnapshot, loadClaim } from './claim-snapshot.ts';
import { updateClaimLocked } from './claim-locking.ts';

type Tx = Prisma.TransactionClient;

/** Places edited quantities inside the claim: at their text when found, else at the claim start. */
function quantityRows(claimId: string, claimText: string, claimStart: number, quantities: QuantityInput[]) {
  return quantities.map((q) => {
    const at = claimText.indexOf(q.text);
    const start = claimStart + Math.max(at, 0);
    return { claimId, value: q.value, unit: q.unit, text: q.text, qualifier: 'exact' as const, start, end: start + (at >= 0 ? q.text.length : 0) };
  });
}

async function documentText(tx: Tx, documentId: string) {
  const doc = await tx.document.findUnique({ where: { id: documentId }, select: { text: true } });
  if (!doc) throw new AppError('NOT_FOUND', 'There is no such document.');
  return doc.text;
}

/**
 * Edits span, kind, speaker, cue or quantities of a claim the actor may edit, at the version the
 * user saw. Editing an automatic claim marks it editedByHuman so re-extraction keeps it.
 */
export async function updateClaim(db: Db, actor: Actor, raw: UpdateClaimInput) {
  authorize(actor, 'claim.update');
  const input = updateClaimSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const before = await loadClaim(tx, input.id);
    assertCanEditClaim(actor, before);
    if (before.deletedAt) throw new AppError('BAD_INPUT', 'Restore the claim before editing it.');
    const data: Prisma.ClaimUncheckedUpdateManyInput = { editedByHuman: before.origin === 'auto' ? true : before.editedByHuman };
    const start = input.start ?? before.start;
    const end = input.end ?? before.end;
    let anchorText = before.text;
    if (start !== before.start || end !== before.end) {
      const anchor = anchorAt(await documentText(tx, before.documentId), start, end);
      Object.assign(data, anchor, { orphaned: false });
      anchorText = anchor.text;
    }
    if (input.kind !== undefined) data.kind = input.kind;
    if (input.speaker !== undefined) Object.assign(data, { speaker: input.speaker, voice: input.speaker ? 'speaker' : 'author' });
    if (input.cue !== undefined) data.cue = input.cue;
    await updateClaimLocked(tx, before.id, input.version, data);
    if (input.quantities) {
      await tx.quantity.deleteMany({ where: { claimId: before.id } });
      await tx.quantity.createMany({ data: quantityRows(before.id, anchorText, start, input.quantities) });
    }
    const after = await loadClaim(tx, before.id);
    await recordRevision(tx, { entityType: 'claim', entityId: before.id, action: 'update', before: claimSnapshot(before), after: claimSnapshot(after), userId: actor.id });
    return after;
  });
}
