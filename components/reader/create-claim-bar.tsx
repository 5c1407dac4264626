'use client';

import { useState } from 'react';
import { createClaimAction } from '@/lib/actions/claims';
import { kindStyle } from './claim-style';
import { useServerAction } from './use-server-action';
import type { ClaimKind } from './types';

type Props = { documentId: string; selection: { start: number; end: number; text: string }; onCreated: (id: string) => void };

/** Appears while text is selected: turns the selection into a new (suggested) claim. */
export function CreateClaimBar({ documentId, selection, onCreated }: Props) {
  const [kind, setKind] = useState<ClaimKind>('factual');
  const { run, pending, error } = useServerAction();
  const preview = selection.text.length > 60 ? `${selection.text.slice(0, 60)}…` : selection.text;
  return (
    <div role="region" aria-label="New claim from selection" className="fixed inset-x-0 bottom-0 z-30 border-t border-indigo-300 bg-indigo-50 p-3 shadow-lg sm:inset-x-auto sm:right-4 sm:bottom-4 sm:max-w-md sm:rounded sm:border">
      <p className="text-sm">
        Selected: <q className="font-serif">{preview}</q> <span className="text-xs text-stone-500">({selection.start}–{selection.end})</span>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <label className="text-xs text-stone-600">
          Kind{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as ClaimKind)} className="rounded border border-stone-300 px-1 py-1 text-sm">
            {(Object.keys(kindStyle) as ClaimKind[]).map((k) => <option key={k} value={k}>{kindStyle[k].label}</option>)}
          </select>
        </label>
        <button
          type="button"
          disabled={pending}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => run(() => createClaimAction({ documentId, start: selection.start, end: selection.end, kind }), (r) => r.ok && onCreated(r.data.id))}
          className="rounded bg-indigo-700 px-3 py-1 text-sm text-white disabled:opacity-50"
        >
          Create claim
        </button>
      </div>
      {error && <p role="alert" className="mt-1 text-xs text-red-700">{error}</p>}
    </div>
  );
}
