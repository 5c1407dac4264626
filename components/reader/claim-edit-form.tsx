'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { updateClaimAction } from '@/lib/actions/claims';
import { kindStyle } from './claim-style';
import { formatQuantities, parseQuantities, type ConflictValue, changedFields } from './claim-form-values';
import { useServerAction } from './use-server-action';
import type { ClaimKind, ReaderClaimView } from './types';

type Props = { claim: ReaderClaimView; selection: { start: number; end: number } | null; onDone: () => void };

const input = 'mt-1 w-full rounded border border-stone-300 px-2 py-1 text-sm';

/**
 * Edits a claim at the version the user opened. Only fields the user changed are sent, so
 * reapplying after a conflict does not undo the other person's edits to other fields.
 */
export function ClaimEditForm({ claim, selection, onDone }: Props) {
  const initial = { kind: claim.kind, speaker: claim.speaker ?? '', cue: claim.cue ?? '', start: claim.start, end: claim.end, quantities: formatQuantities(claim.quantities) };
  const [values, setValues] = useState(initial);
  const [version, setVersion] = useState(claim.version);
  const [conflict, setConflict] = useState<ConflictValue | null>(null);
  const { run, pending, error, setError } = useServerAction();
  const router = useRouter();
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));

  const save = (atVersion: number) => {
    const quantities = values.quantities !== initial.quantities ? parseQuantities(values.quantities) : undefined;
    if (quantities === null) return setError('Write each quantity as: text | number | unit');
    const changes = changedFields(initial, values);
    run(() => updateClaimAction({ id: claim.id, version: atVersion, ...changes, ...(quantities && { quantities }) }), (r) => {
      if (r.ok) return onDone();
      if (r.code === 'CONFLICT' && r.current) setConflict(r.current as ConflictValue);
    });
  };

  return (
    <form
      className="space-y-2 rounded border border-indigo-200 bg-indigo-50/40 p-3"
      aria-label="Edit claim"
      onSubmit={(e) => {
        e.preventDefault();
        save(version);
      }}
    >
      <div className="grid grid-cols-2 gap-2">
        <label className="text-xs text-stone-600">
          Start
          <input type="number" name="start" min={0} value={values.start} onChange={(e) => set({ start: Number(e.target.value) })} className={input} />
        </label>
        <label className="text-xs text-stone-600">
          End
          <input type="number" name="end" min={1} value={values.end} onChange={(e) => set({ end: Number(e.target.value) })} className={input} />
        </label>
      </div>
      {selection && (
        <button type="button" onClick={() => set(selection)} className="text-xs text-indigo-700 underline">
          Use the selected text as the span ({selection.start}–{selection.end})
        </button>
      )}
      <label className="block text-xs text-stone-600">
        Kind
        <select name="kind" value={values.kind} onChange={(e) => set({ kind: e.target.value as ClaimKind })} className={input}>
          {(Object.keys(kindStyle) as ClaimKind[]).map((k) => <option key={k} value={k}>{kindStyle[k].label}</option>)}
        </select>
      </label>
      <label className="block text-xs text-stone-600">
        Speaker
        <input name="speaker" value={values.speaker} onChange={(e) => set({ speaker: e.target.value })} maxLength={200} className={input} />
      </label>
      <label className="block text-xs text-stone-600">
        Cue
        <input name="cue" value={values.cue} onChange={(e) => set({ cue: e.target.value })} maxLength={200} className={input} />
      </label>
      <label className="block text-xs text-stone-600">
        Quantities (one per line: text | number | unit)
        <textarea name="quantities" rows={2} value={values.quantities} onChange={(e) => set({ quantities: e.target.value })} className={input} />
      </label>
      {conflict && (
        <div role="alert" className="space-y-1 rounded border border-orange-500 bg-orange-50 p-2 text-sm" data-testid="conflict">
          <p className="font-semibold">Someone else changed this claim.</p>
          <p className="text-xs">Current version {conflict.version}: {kindStyle[conflict.kind].label}, speaker “{conflict.speaker ?? '—'}”, cue “{conflict.cue ?? '—'}”, span {conflict.start}–{conflict.end}: “{conflict.text}”</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={() => { setVersion(conflict.version); setConflict(null); save(conflict.version); }} className="rounded bg-orange-700 px-2 py-1 text-xs text-white">
              Reapply my changes
            </button>
            <button type="button" onClick={() => { router.refresh(); onDone(); }} className="rounded border border-stone-400 px-2 py-1 text-xs">
              Discard mine and show theirs
            </button>
          </div>
        </div>
      )}
      {error && !conflict && <p role="alert" className="text-xs text-red-700">{error}</p>}
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className="rounded bg-indigo-700 px-3 py-1 text-sm text-white disabled:opacity-50">Save</button>
        <button type="button" onClick={onDone} className="rounded border border-stone-300 px-3 py-1 text-sm">Cancel</button>
      </div>
    </form>
  );
}
