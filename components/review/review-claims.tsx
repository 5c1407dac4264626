'use client';

import Link from 'next/link';
import { useState } from 'react';
import { assignClaimAction, setClaimStatusAction } from '@/lib/actions/claims';
import { kindStyle } from '@/components/reader/claim-style';
import { useServerAction } from '@/components/reader/use-server-action';
import type { ClaimKind, ClaimStatus } from '@/components/reader/types';
import { BulkBar } from './bulk-bar';
import { StatusChip } from './status-chip';
import { AssigneeSelect } from './assignee-select';
import { Pager } from '@/components/ui/pager';

export type ReviewClaimRow = { id: string; version: number; text: string; kind: ClaimKind; status: ClaimStatus; documentId: string; documentTitle: string; assigneeId: string | null; origin: string };
/** `total` is the (capped) count as shown; `previous`/`next` are page hrefs or null. */
type Props = { rows: ReviewClaimRow[]; total: string; previous: string | null; next: string | null; canAct: boolean; users: { id: string; label: string }[] };

export function ReviewClaims({ rows, total, previous, next, canAct, users }: Props) {
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const { run, pending, error } = useServerAction();
  const toggle = (id: string) => setChecked((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const decide = (status: ClaimStatus, comment: string) => {
    const items = rows.filter((r) => checked.has(r.id)).map((r) => ({ id: r.id, version: r.version }));
    run(() => setClaimStatusAction({ items, status, comment }), (r) => r.ok && setChecked(new Set()));
  };
  return (
    <section aria-label="Suggested claims" className="space-y-2" data-testid="review-claims">
      <h2 className="text-lg font-semibold">Claims <span className="text-sm font-normal text-stone-500">({rows.length} of {total} shown)</span></h2>
      {canAct && <BulkBar label="Claims" count={checked.size} pending={pending} onDecide={decide} />}
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      {rows.length === 0 && <p className="text-sm text-stone-500">Nothing to review here.</p>}
      <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
        {rows.map((r) => (
          <li key={r.id} className="flex items-start gap-3 p-2" data-testid="review-claim" data-claim-id={r.id}>
            {canAct && <input type="checkbox" aria-label={`Select claim ${r.text.slice(0, 40)}`} checked={checked.has(r.id)} onChange={() => toggle(r.id)} className="mt-1" />}
            <div className="min-w-0 flex-1 space-y-1">
              <Link href={`/documents/${r.documentId}#claim-${r.id}`} className="block break-words font-serif hover:underline">{r.text}</Link>
              <p className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
                <StatusChip status={r.status} />
                <span>{kindStyle[r.kind].letter} · {kindStyle[r.kind].label}</span>
                <span>{r.origin === 'auto' ? 'automatic' : 'human'}</span>
                <span className="truncate">{r.documentTitle}</span>
                <Link href={`/claims/${r.id}/history`} className="text-indigo-700 hover:underline">history</Link>
              </p>
            </div>
            <AssigneeSelect label="Assign to" assigneeId={r.assigneeId} users={users} canAct={canAct} pending={pending} onAssign={(assigneeId) => run(() => assignClaimAction({ id: r.id, version: r.version, assigneeId }))} />
          </li>
        ))}
      </ul>
      <Pager label="Claim pages" previous={previous} next={next} />
    </section>
  );
}
