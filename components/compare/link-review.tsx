'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { setLinkStatusAction } from '@/lib/actions/claims';

// Confirm or reject a suggested claim–topic link. The server checks the role again.
export function LinkReview({ linkId, version, label }: { linkId: string; version: number; label: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const decide = (status: 'accepted' | 'rejected') =>
    start(async () => {
      const result = await setLinkStatusAction({ items: [{ id: linkId, version }], status });
      if (!result.ok) setError(result.error);
      else router.refresh();
    });
  return (
    <span className="no-print inline-flex items-center gap-2 text-xs">
      <button type="button" disabled={pending} onClick={() => decide('accepted')} className="rounded border border-emerald-600 px-1.5 py-0.5 text-emerald-700 hover:bg-emerald-50" aria-label={`Confirm link: ${label}`}>
        Confirm
      </button>
      <button type="button" disabled={pending} onClick={() => decide('rejected')} className="rounded border border-rose-500 px-1.5 py-0.5 text-rose-700 hover:bg-rose-50" aria-label={`Reject link: ${label}`}>
        Reject
      </button>
      {error && <span role="alert" className="text-rose-700">{error}</span>}
    </span>
  );
}
