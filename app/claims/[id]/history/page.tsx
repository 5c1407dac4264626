import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getPrisma } from '@/lib/db/client';
import { getClaim, listClaimHistory } from '@/lib/db/queries/claims';
import { requireReader } from '@/lib/actions/session';
import { personLabel } from '@/lib/auth/access';
import { canEditClaim } from '@/lib/auth/policy';
import { isAppError } from '@/lib/errors';
import { StatusChip } from '@/components/review/status-chip';
import { RevisionList } from '@/components/history/revision-list';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Claim history' };

type Props = { params: Promise<{ id: string }> };

async function loadClaim(id: string) {
  try {
    return await getClaim(await getPrisma(), id);
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound();
    throw e;
  }
}

export default async function ClaimHistoryPage({ params }: Props) {
  // History names who changed what: signed-in readers only, whatever public reading says.
  const user = await requireReader('private');
  const claim = await loadClaim((await params).id);
  const revisions = await listClaimHistory(await getPrisma(), claim.id);
  return (
    <div className="space-y-4">
      <Link href={`/documents/${claim.document.id}#claim-${claim.id}`} className="text-sm text-indigo-700 hover:underline">← {claim.document.title}</Link>
      <h1 className="text-2xl font-bold tracking-tight">History of a claim</h1>
      <div className="space-y-1 rounded border border-stone-200 bg-white p-3">
        <p className="flex items-center gap-2 text-sm text-stone-600">
          <StatusChip status={claim.status} /> {claim.kind} · version {claim.version}
          {claim.deletedAt && <span className="rounded bg-stone-200 px-1.5 text-xs">deleted</span>}
        </p>
        <blockquote className="font-serif" data-testid="history-current">{claim.text}</blockquote>
        <p className="text-sm text-stone-600">Speaker: {claim.speaker ?? 'the author'}</p>
      </div>
      {revisions.length === 0 && <p className="text-sm text-stone-500">No changes recorded yet: this claim is as the extraction produced it.</p>}
      <RevisionList
        claimId={claim.id}
        version={claim.version}
        canRestore={user !== null && canEditClaim(user, claim)}
        revisions={revisions.map((r) => ({ id: r.id, entityType: r.entityType, action: r.action, createdAt: r.createdAt.toISOString(), author: personLabel(r.user, user) ?? 'system', comment: r.comment, before: r.before, after: r.after }))}
      />
    </div>
  );
}
