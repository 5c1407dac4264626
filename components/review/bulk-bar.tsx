'use client';

import { useState } from 'react';
import type { ClaimStatus } from '@/components/reader/types';

type Props = { count: number; pending: boolean; label: string; onDecide: (status: ClaimStatus, comment: string) => void };

/** One action for every checked row, with an optional comment kept on each revision. */
export function BulkBar({ count, pending, label, onDecide }: Props) {
  const [comment, setComment] = useState('');
  return (
    <div className="flex flex-wrap items-center gap-2 rounded border border-stone-200 bg-stone-100 p-2 text-sm" role="group" aria-label={`${label} bulk actions`}>
      <span>{count} selected</span>
      <input value={comment} onChange={(e) => setComment(e.target.value)} placeholder="Comment (optional)" aria-label="Review comment" maxLength={2000} className="min-w-0 flex-1 rounded border border-stone-300 px-2 py-1" />
      {(
        [
          ['accepted', 'Accept'],
          ['rejected', 'Reject'],
          ['disputed', 'Mark disputed'],
        ] as const
      ).map(([status, text]) => (
        <button key={status} type="button" disabled={pending || count === 0} onClick={() => onDecide(status, comment)} className="rounded border border-stone-500 bg-white px-2 py-1 disabled:opacity-50">
          {text}
        </button>
      ))}
    </div>
  );
}
