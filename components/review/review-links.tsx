'use client';

import Link from 'next/link';
import { useState } from 'react';
import { assignLinkAction, setLinkStatusAction } from '@/lib/actions/claims';
import { useServerAction } from '@/components/reader/use-server-action';
import type { ClaimStatus, Stance } from '@/components/reader/types';
import { BulkBar } from './bulk-bar';
import { StatusChip } from './status-chip';
import { AssigneeSelect } from './assignee-select';
import { Pager } from '@/components/ui/pager';

export type ReviewLinkRow = { id: string; version: number; assigneeId: string | null; topicId: string; topicLabel: string; stance: Stance; status: ClaimStatus; claimId: string; claimText: string; documentId: string; rationale: string };

/** `first` (back to the first page) and `next` are hrefs or null. */
export function ReviewLinks({ rows, first, next, canAct, users }: { rows: ReviewLinkRow[]; first: string | null; next: string | null; canAct: boolean; users: { id: string; label: string }[] }) {
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const { run, pending, error } = useServerAction();
  const toggle = (id: string) => setChecked((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const decide = (status: ClaimStatus, comment: string) => {
    const items = rows.filter((r) => checked.has(r.id)).map((r) => ({ id: r.id, version: r.version }));
    run(() => setLinkStatusAction({ items, status, comment }), (r) => r.ok && setChecked(new Set()));
  };
  return (
    <section aria-label="Suggested topic links" className="space-y-2" data-testid="review-links">
      <h2 className="text-lg font-semibold">Topic links <span className="text-sm font-normal text-stone-500">({rows.length})</span></h2>
      {canAct && <BulkBar label="Topic links" count={checked.size} pending={pending} onDecide={decide} />}
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      {rows.length === 0 && <p className="text-sm text-stone-500">No topic links to review here.</p>}
      <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
        {rows.map((r) => (
          <li key={r.id} className="flex items-start gap-3 p-2" data-testid="review-link">
            {canAct && <input type="checkbox" aria-label={`Select link to ${r.topicLabel}`} checked={checked.has(r.id)} onChange={() => toggle(r.id)} className="mt-1" />}
            <div className="min-w-0 flex-1 space-y-1 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <StatusChip status={r.status} />
                <a href={`/topics/${r.topicId}`} className="font-medium text-indigo-700 hover:underline">{r.topicLabel}</a>
                <span className="text-xs text-stone-600">stance: {r.stance}</span>
              </p>
              <Link href={`/documents/${r.documentId}#claim-${r.claimId}`} className="block break-words font-serif hover:underline">{r.claimText}</Link>
              {r.rationale && <p className="text-xs text-stone-500">{r.rationale}</p>}
            </div>
            <AssigneeSelect label="Assign link to" assigneeId={r.assigneeId} users={users} canAct={canAct} pending={pending} onAssign={(assigneeId) => run(() => assignLinkAction({ id: r.id, version: r.version, assigneeId }))} />
          </li>
        ))}
      </ul>
      <Pager label="Topic link pages" previous={first} next={next} />
    </section>
  );
}
