import type { Db } from '../db/client.ts';
import { authorize, type Actor } from '../auth/policy.ts';
import { AppError } from '../errors.ts';
import { anchorAnnotation, parseAnnotations, type IncomingAnnotation } from '../exports/annotations-in.ts';
import { claimKindSchema } from '../schemas/claim.ts';
import { findForbiddenCharacter } from '../schemas/safe-text.ts';
import { recordRevision } from './revisions.ts';
import { anchorAt, claimSnapshot, loadClaim } from './claim-snapshot.ts';

// W3C Web Annotations (Hypothesis and others) onto documents we already have: each becomes a
// human claim on its quote, with the annotation's own words as a comment. The document is found
// by its URL or our urn; the quote by its position, or by exact text and context when the
// position no longer fits. Annotations without a document or quote are reported, not stored.
// A malformed file stores nothing; the rest is stored in one transaction.

export type ImportedAnnotation = { index: number; annotationId: string | null; claimId: string; documentId: string; anchoredBy: 'position' | 'quote' };
export type OrphanAnnotation = { index: number; annotationId: string | null; reason: string };
export type ImportAnnotationsResult = { created: ImportedAnnotation[]; unchanged: ImportedAnnotation[]; orphans: OrphanAnnotation[] };

const NOTE_MAX = 4000;
const URN = /^urn:claimscope:document:(.+)$/;

/** A URL as we compare them: no fragment, no trailing slash. */
function normalUrl(url: string): string {
  return url.replace(/#.*$/, '').replace(/\/+$/, '');
}

function checkText(a: IncomingAnnotation, field: string, value: string | null) {
  const problem = value ? findForbiddenCharacter(value) : null;
  if (problem) throw new AppError('BAD_INPUT', `annotations: annotation ${a.index}: ${field} ${problem}`);
}

function commentBody(a: IncomingAnnotation): string | null {
  const parts = [a.note, a.tags.length ? `Tags: ${a.tags.join(', ')}` : ''].filter(Boolean);
  if (!parts.length) return null;
  const by = [a.creator && `by ${a.creator}`, a.created && `(${a.created})`].filter(Boolean).join(' ');
  const text = `Imported annotation${by ? ` ${by}` : ''}:\n${parts.join('\n')}`;
  return text.length > NOTE_MAX ? `${text.slice(0, NOTE_MAX - 1)}…` : text;
}

export async function importAnnotations(db: Db, actor: Actor, fileText: string, name = 'annotations'): Promise<ImportAnnotationsResult> {
  authorize(actor, 'claim.create');
  const annotations = parseAnnotations(fileText, name);
  for (const a of annotations) {
    checkText(a, 'body', a.note);
    checkText(a, 'speaker', a.speaker);
    checkText(a, 'creator', a.creator);
    for (const t of a.tags) checkText(a, 'tag', t);
  }
  return db.$transaction(
    async (tx) => {
      const docs = await tx.document.findMany({ select: { id: true, url: true, text: true } });
      const byId = new Map(docs.map((d) => [d.id, d]));
      const byUrl = new Map(docs.filter((d) => d.url).map((d) => [normalUrl(d.url!), d]));
      const result: ImportAnnotationsResult = { created: [], unchanged: [], orphans: [] };
      for (const a of annotations) {
        const orphan = (reason: string) => result.orphans.push({ index: a.index, annotationId: a.id, reason });
        const doc = a.sources.map((s) => byId.get(URN.exec(s)?.[1] ?? '') ?? byUrl.get(normalUrl(s))).find(Boolean);
        if (!doc) {
          orphan(a.sources.length ? `no document has the source ${a.sources[0]}` : 'the annotation names no target source');
          continue;
        }
        if (!a.quote && !a.position) {
          orphan('the annotation has no TextQuoteSelector or TextPositionSelector');
          continue;
        }
        const at = anchorAnnotation(a, doc.text);
        if (!at || !doc.text.slice(at.start, at.end).trim()) {
          orphan(a.quote ? `the quote "${a.quote.exact.slice(0, 60)}" is not in document ${doc.id}` : `the position ${a.position!.start}–${a.position!.end} is outside document ${doc.id}`);
          continue;
        }
        const ref = { index: a.index, annotationId: a.id, documentId: doc.id, anchoredBy: at.by };
        const same = await tx.claim.findFirst({ where: { documentId: doc.id, start: at.start, end: at.end, deletedAt: null }, select: { id: true } });
        if (same) {
          result.unchanged.push({ ...ref, claimId: same.id });
          continue;
        }
        const kind = claimKindSchema.safeParse(a.kind);
        const speaker = a.speaker && a.speaker.length <= 200 ? a.speaker.trim() : null;
        const created = await tx.claim.create({
          data: {
            documentId: doc.id,
            ...anchorAt(doc.text, at.start, at.end),
            kind: kind.success ? kind.data : 'factual',
            speaker,
            voice: speaker ? 'speaker' : 'author',
            reason: ['imported from a web annotation'],
            origin: 'human',
            status: 'suggested',
            createdById: actor.id,
          },
        });
        const claim = await loadClaim(tx, created.id);
        await recordRevision(tx, { entityType: 'claim', entityId: claim.id, action: 'create', after: claimSnapshot(claim), userId: actor.id, comment: a.id ? `imported annotation ${a.id}` : 'imported annotation' });
        const body = commentBody(a);
        if (body) await tx.comment.create({ data: { claimId: claim.id, userId: actor.id, body } });
        result.created.push({ ...ref, claimId: claim.id });
      }
      return result;
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
}
