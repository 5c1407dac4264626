'use client';

import { restoreClaimRevisionAction } from '@/lib/actions/claims';
import { useServerAction } from '@/components/reader/use-server-action';
import { diffSnapshots } from './revision-diff';

export type RevisionView = { id: string; entityType: string; action: string; createdAt: string; author: string; comment: string | null; before: unknown; after: unknown };
type Props = { claimId: string; version: number; revisions: RevisionView[]; canRestore: boolean };

const actionLabel: Record<string, string> = { create: 'Created', update: 'Edited', delete: 'Deleted', restore: 'Restored', status: 'Status changed' };

/** Newest first; each entry lists what changed and, for claim versions, can bring that version back. */
export function RevisionList({ claimId, version, revisions, canRestore }: Props) {
  const { run, pending, error } = useServerAction();
  return (
    <div className="space-y-3">
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      <ol className="space-y-3" data-testid="revisions">
        {revisions.map((r, i) => {
          const changes = diffSnapshots(r.before, r.after);
          const restorable = canRestore && r.entityType === 'claim' && i > 0 && r.after !== null;
          return (
            <li key={r.id} className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="revision">
              <p className="flex flex-wrap items-center gap-2">
                <b>{r.entityType === 'claimTopic' ? `Topic link ${actionLabel[r.action]?.toLowerCase() ?? r.action}` : (actionLabel[r.action] ?? r.action)}</b>
                <span className="text-stone-600">by {r.author}</span>
                <time className="text-stone-500" dateTime={r.createdAt}>{new Date(r.createdAt).toLocaleString('en-GB')}</time>
              </p>
              {r.comment && <p className="mt-1 italic text-stone-700">“{r.comment}”</p>}
              {changes.length > 0 && (
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                  {changes.map((c) => (
                    <div key={c.field} className="contents">
                      <dt className="font-mono text-xs text-stone-500">{c.field}</dt>
                      <dd className="break-words">
                        <del className="bg-red-50 text-red-800">{c.before}</del> → <ins className="bg-emerald-50 text-emerald-800 no-underline">{c.after}</ins>
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
              {restorable && (
                <button type="button" disabled={pending} onClick={() => run(() => restoreClaimRevisionAction({ claimId, revisionId: r.id, version }))} className="mt-2 rounded border border-indigo-700 px-2 py-1 text-xs text-indigo-700">
                  Restore this version
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
