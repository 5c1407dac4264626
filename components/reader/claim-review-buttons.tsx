'use client';

import { useState } from 'react';
import { setClaimStatusAction } from '@/lib/actions/claims';
import { useServerAction } from './use-server-action';
import type { ClaimStatus } from './types';

/** Editor decision on one claim from the reader, with an optional comment. */
export function ClaimReviewButtons({ id, version, status }: { id: string; version: number; status: ClaimStatus }) {
  const [comment, setComment] = useState('');
  const { run, pending, error } = useServerAction();
  const decide = (next: ClaimStatus) => run(() => setClaimStatusAction({ items: [{ id, version }], status: next, comment }), (r) => r.ok && setComment(''));
  return (
    <section aria-label="Review" className="space-y-1">
      <h3 className="text-sm font-semibold">Review</h3>
      <input value={comment} onChange={(e) => setComment(e.target.value)} placeholder="Comment (optional)" maxLength={2000} className="w-full rounded border border-stone-300 px-2 py-1 text-sm" />
      <div className="flex flex-wrap gap-2">
        {(['accepted', 'rejected', 'disputed', 'suggested'] as const).filter((s) => s !== status).map((s) => (
          <button key={s} type="button" disabled={pending} onClick={() => decide(s)} className="rounded border border-stone-400 px-2 py-1 text-xs hover:bg-stone-100">
            {s === 'accepted' ? 'Accept' : s === 'rejected' ? 'Reject' : s === 'disputed' ? 'Mark disputed' : 'Back to suggested'}
          </button>
        ))}
      </div>
      {error && <p role="alert" className="text-xs text-red-700">{error}</p>}
    </section>
  );
}
