import type { Metadata } from 'next';
import { getPrisma } from '@/lib/db/client';
import { countLabel, listReviewClaims, listReviewFilterOptions, listReviewLinks, reviewFilterSchema, reviewHref } from '@/lib/db/queries/review';
import { requireReader } from '@/lib/actions/session';
import { personLabel } from '@/lib/auth/access';
import { hasRole } from '@/lib/auth/roles';
import { policy } from '@/lib/auth/policy';
import { ReviewFilters } from '@/components/review/review-filters';
import { ReviewClaims } from '@/components/review/review-claims';
import { ReviewLinks } from '@/components/review/review-links';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Review queue' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: Props) {
  // The queue shows who is assigned what: signed-in readers only, whatever public reading says.
  const user = await requireReader('private');
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  const filter = reviewFilterSchema.parse(raw);
  const db = await getPrisma();
  const [claims, links, options] = await Promise.all([listReviewClaims(db, filter), listReviewLinks(db, filter), listReviewFilterOptions(db, filter)]);
  // Assignable people by name; their e-mail addresses reach admins only.
  const users = options.users.map((u) => ({ id: u.id, label: personLabel(u, user) ?? u.id }));
  const canAct = user !== null && hasRole(user.role, policy['claim.setStatus']);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Review queue</h1>
      {!canAct && <p className="text-sm text-stone-600">Read only: accepting and rejecting needs the editor role.</p>}
      <ReviewFilters filter={filter} options={{ ...options, users }} />
      <ReviewClaims
        canAct={canAct}
        total={countLabel(claims.total)}
        previous={claims.previous ? reviewHref(filter, { before: claims.previous, linksAfter: filter.linksAfter }) : null}
        next={claims.next ? reviewHref(filter, { after: claims.next, linksAfter: filter.linksAfter }) : null}
        users={users}
        rows={claims.items.map((c) => ({ id: c.id, version: c.version, text: c.text, kind: c.kind, status: c.status, documentId: c.document.id, documentTitle: c.document.title, assigneeId: c.assigneeId, origin: c.origin }))}
      />
      <ReviewLinks
        canAct={canAct}
        users={users}
        first={filter.linksAfter ? reviewHref(filter, { after: filter.after, before: filter.before }) : null}
        next={links.next ? reviewHref(filter, { after: filter.after, before: filter.before, linksAfter: links.next }) : null}
        rows={links.items.map((l) => ({ id: l.id, version: l.version, assigneeId: l.assigneeId, topicId: l.topic.id, topicLabel: l.topic.label, stance: l.stance, status: l.status, claimId: l.claim.id, claimText: l.claim.text, documentId: l.claim.documentId, rationale: l.rationale }))}
      />
    </div>
  );
}
