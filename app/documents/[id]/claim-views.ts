import type { ReaderClaim } from '@/lib/db/queries/claims';
import type { ReaderClaimView } from '@/components/reader/types';
import { personLabel } from '@/lib/auth/access';
import type { Role } from '@/lib/auth/roles';

/** Database rows → the plain shape the client reader takes (e-mails only for admins). */
export function toClaimView(c: ReaderClaim, viewer: { role: Role } | null): ReaderClaimView {
  return {
    id: c.id,
    text: c.text,
    start: c.start,
    end: c.end,
    kind: c.kind,
    speaker: c.speaker,
    cue: c.cue,
    hedged: c.hedged,
    hedgeCue: c.hedgeCue,
    negated: c.negated,
    reason: c.reason,
    origin: c.origin,
    status: c.status,
    orphaned: c.orphaned,
    rating: c.rating,
    ratingLabel: c.ratingLabel,
    deleted: c.deletedAt !== null,
    version: c.version,
    createdById: c.createdById,
    createdBy: personLabel(c.createdBy, viewer),
    assignee: personLabel(c.assignee, viewer),
    quantities: c.quantities.map((q) => ({ text: q.text, value: q.value, unit: q.unit })),
    topics: c.topics.map((t) => ({ id: t.id, topicId: t.topicId, label: t.topic.label, stance: t.stance, status: t.status, version: t.version })),
  };
}
