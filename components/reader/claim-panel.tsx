'use client';

import { useState } from 'react';
import Link from 'next/link';
import { deleteClaimAction, restoreClaimAction } from '@/lib/actions/claims';
import { CommentThread } from '@/components/comments/comment-thread';
import { StatusChip } from '@/components/review/status-chip';
import { canEditClaim, isAtLeast, kindStyle } from './claim-style';
import { ClaimEditForm } from './claim-edit-form';
import { ClaimReviewButtons } from './claim-review-buttons';
import { ClaimRating } from './claim-rating';
import { TopicLinks } from './topic-links';
import { useServerAction } from './use-server-action';
import type { ReaderClaimView, ReaderUser, TopicOption } from './types';

type Props = { claim: ReaderClaimView; user: ReaderUser; topics: TopicOption[]; selection: { start: number; end: number } | null; onClose: () => void };

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-stone-500">{label}</dt>
      <dd className="break-words">{children}</dd>
    </>
  );
}

export function ClaimPanel({ claim, user, topics, selection, onClose }: Props) {
  const [editing, setEditing] = useState(false);
  const { run, pending, error } = useServerAction();
  const canEdit = canEditClaim(user, claim);
  const k = kindStyle[claim.kind];
  return (
    <aside
      aria-label="Claim details"
      data-testid="claim-panel"
      data-claim-id={claim.id}
      className="fixed inset-x-0 bottom-0 z-20 max-h-[70vh] space-y-3 overflow-y-auto border-t border-stone-300 bg-white p-4 shadow-lg lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:rounded lg:border"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 className="flex flex-wrap items-center gap-2 text-base font-semibold">
          <span className={`rounded-sm px-1 underline decoration-2 underline-offset-4 ${k.mark}`}>{k.letter}</span>
          {k.label}
          <StatusChip status={claim.status} />
          {claim.orphaned && <span className="rounded bg-orange-100 px-1.5 text-xs text-orange-800">orphaned</span>}
          {claim.deleted && <span className="rounded bg-stone-200 px-1.5 text-xs">deleted</span>}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close claim details" className="rounded px-2 text-lg leading-none hover:bg-stone-100">×</button>
      </div>
      <blockquote className="border-l-4 border-stone-300 pl-3 font-serif text-stone-800" data-testid="panel-quote">{claim.text}</blockquote>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <Field label="Speaker">{claim.speaker ?? 'the author'}</Field>
        <Field label="Cue">{claim.cue ?? '—'}</Field>
        {claim.hedged && <Field label="Hedged">{claim.hedgeCue ?? 'yes'}</Field>}
        <Field label="Quantities">{claim.quantities.length ? claim.quantities.map((q) => q.text).join('; ') : '—'}</Field>
        <Field label="Span">{claim.start}–{claim.end}</Field>
        <Field label="Origin">{claim.origin === 'auto' ? 'extracted automatically' : `added by ${claim.createdBy ?? 'a user'}`}</Field>
        <Field label="Assigned">{claim.assignee ?? '—'}</Field>
        <Field label="Why">{claim.reason.length ? <ul className="list-disc pl-4">{claim.reason.map((r) => <li key={r}>{r}</li>)}</ul> : '—'}</Field>
      </dl>
      <Link href={`/claims/${claim.id}/history`} className="inline-block text-sm text-indigo-700 hover:underline">History of this claim</Link>
      {canEdit && !claim.deleted && !editing && (
        <div className="flex gap-2">
          <button type="button" onClick={() => setEditing(true)} className="rounded bg-indigo-700 px-3 py-1 text-sm text-white">Edit claim</button>
          <button type="button" disabled={pending} onClick={() => run(() => deleteClaimAction({ id: claim.id, version: claim.version }))} className="rounded border border-red-700 px-3 py-1 text-sm text-red-700">Delete</button>
        </div>
      )}
      {canEdit && claim.deleted && (
        <button type="button" disabled={pending} onClick={() => run(() => restoreClaimAction({ id: claim.id, version: claim.version }))} className="rounded border border-indigo-700 px-3 py-1 text-sm text-indigo-700">Restore claim</button>
      )}
      {error && <p role="alert" className="text-xs text-red-700">{error}</p>}
      {editing && <ClaimEditForm key={claim.version} claim={claim} selection={selection} onDone={() => setEditing(false)} />}
      <TopicLinks claim={claim} topics={topics} canEdit={canEdit && !claim.deleted} />
      {isAtLeast(user, 'editor') && !claim.deleted && <ClaimReviewButtons id={claim.id} version={claim.version} status={claim.status} />}
      {isAtLeast(user, 'editor') && !claim.deleted && <ClaimRating key={claim.version} id={claim.id} version={claim.version} rating={claim.rating} />}
      {!isAtLeast(user, 'editor') && claim.rating !== null && <p className="text-sm">Rating: {claim.rating}/5 {claim.ratingLabel && `(${claim.ratingLabel})`}</p>}
      <CommentThread claimId={claim.id} />
    </aside>
  );
}
