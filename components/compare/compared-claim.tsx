import Link from 'next/link';
import type { ViewClaim } from '@/lib/db/queries/comparison-view';
import { ReviewStatus, StanceChip } from './badges';
import { LinkReview } from './link-review';

export function ComparedClaimCard({ claim, canReview }: { claim: ViewClaim; canReview: boolean }) {
  return (
    <li className="space-y-1.5 rounded border border-stone-200 bg-white p-3 text-sm" data-testid="compared-claim" data-claim-id={claim.id}>
      <blockquote className="font-serif leading-snug text-stone-900">{claim.text}</blockquote>
      <div className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
        <StanceChip stance={claim.stance} />
        {claim.hedged && <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900" title="hedged claim">~ hedged</span>}
        {claim.negated && <span className="rounded bg-stone-100 px-1.5 py-0.5" title="negated claim">¬ negated</span>}
        <span>{claim.speaker ? `— ${claim.speaker}` : '— author'}</span>
        <span className="text-stone-400">{claim.kind}</span>
        <ReviewStatus status={claim.linkStatus} />
        <Link href={`/documents/${claim.documentId}#claim-${claim.id}`} className="no-print text-indigo-700 hover:underline">
          in context ↗
        </Link>
      </div>
      <p className="text-xs text-stone-500">{claim.rationale}</p>
      {canReview && claim.linkId && claim.linkStatus === 'suggested' && <LinkReview linkId={claim.linkId} version={claim.linkVersion} label={claim.text.slice(0, 60)} />}
    </li>
  );
}
