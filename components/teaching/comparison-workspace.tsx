'use client';

import { useRef, useState } from 'react';
import { linkItemAction, pairItemsAction, submitExerciseAction, unlinkItemAction, unpairItemsAction } from '@/lib/actions/teaching';
import { PAIR_RELATIONS, pairRelationLabels } from '@/lib/engine/compare/pair-relations';
import { useServerAction } from '@/components/reader/use-server-action';
import type { AnnotationView, ComparisonItemView, ComparisonWork, ExerciseDocument, LinkableClaim, PairRelationName, StanceName } from '@/lib/teaching/types';
import { ItemList, PairList, short } from './comparison-lists';
import { ExerciseText } from './exercise-text';
import { useTextSelection } from './use-text-selection';

type Props = { exerciseId: string; documents: ExerciseDocument[]; claims: LinkableClaim[]; work: ComparisonWork; canEdit: boolean; canSubmit: boolean };

const stances: StanceName[] = ['supports', 'opposes', 'neutral', 'mixed'];
const control = 'rounded border border-stone-300 px-1 py-1 text-sm';
const button = 'rounded bg-indigo-700 px-3 py-1 text-sm text-white disabled:opacity-50';

const asSpan = (i: ComparisonItemView): AnnotationView => ({ id: i.id, documentId: i.documentId, start: i.start, end: i.end, quote: i.quote, kind: null, speaker: null, hedged: null, stance: i.stance, topicId: null });

function StanceSelect({ value, onChange, label = 'Stance' }: { value: StanceName; onChange: (s: StanceName) => void; label?: string }) {
  return <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as StanceName)} className={control}>{stances.map((s) => <option key={s} value={s}>{s}</option>)}</select>;
}

function ClaimOption({ claim, linked, disabled, onLink }: { claim: LinkableClaim; linked?: ComparisonItemView; disabled: boolean; onLink: (stance: StanceName) => void }) {
  const [stance, setStance] = useState<StanceName>(linked?.stance ?? 'neutral');
  return (
    <li className="flex flex-wrap items-center gap-2 rounded border border-stone-200 bg-white p-2 text-sm" data-testid="claim-option">
      <q className="min-w-0 flex-1 font-serif">{claim.text}</q>
      <StanceSelect value={stance} onChange={setStance} />
      <button type="button" disabled={disabled} onClick={() => onLink(stance)} className="rounded border border-indigo-700 px-2 py-0.5 text-xs text-indigo-800 disabled:opacity-50">{linked ? 'Update' : 'Link'}</button>
    </li>
  );
}

/**
 * A comparison exercise, blind: the two documents, their accepted claims to link to the question
 * (or a selected span of one's own), the stance of each item, and pairs of a left and a right
 * item with their relation. Only the actor's own work is ever shown here.
 */
export function ComparisonWorkspace({ exerciseId, documents, claims, work, canEdit, canSubmit }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const { selection, clear } = useTextSelection(root, documents, canEdit);
  const [spanStance, setSpanStance] = useState<StanceName>('neutral');
  const [pair, setPair] = useState({ left: '', right: '', relation: 'agree' as PairRelationName });
  const { run, pending, error } = useServerAction();
  const [left, right] = documents;
  const side = (id: string) => work.items.filter((i) => i.documentId === id);
  const link = (documentId: string, target: { claimId: string } | { start: number; end: number }, stance: StanceName, after?: () => void) =>
    run(() => linkItemAction({ exerciseId, documentId, ...target, stance }), (r) => r.ok && after?.());
  const submit = () => {
    if (window.confirm(`Submit ${work.items.length} item(s) and ${work.pairs.length} pair(s)? You cannot change them afterwards.`)) run(() => submitExerciseAction({ exerciseId }));
  };
  const addPair = () => run(() => pairItemsAction({ leftItemId: pair.left, rightItemId: pair.right, relation: pair.relation }));
  return (
    <div className="space-y-6">
      <div ref={root} className="grid gap-6 md:grid-cols-2">
        {[left, right].filter(Boolean).map((d, n) => (
          <section key={d.id} className="min-w-0 space-y-3" data-testid={n === 0 ? 'left-side' : 'right-side'}>
            <h2 className="font-serif text-xl font-bold"><span className="mr-2 font-sans text-xs uppercase text-stone-500">{n === 0 ? 'Left' : 'Right'}</span>{d.title}</h2>
            <ExerciseText documentId={d.id} text={d.text} spans={side(d.id).map(asSpan)} testId="exercise-text" />
            {canEdit && claims.some((c) => c.documentId === d.id) && (
              <div className="space-y-1">
                <h3 className="text-sm font-semibold">Claims in this document</h3>
                <ul className="space-y-1">
                  {claims.filter((c) => c.documentId === d.id).map((c) => (
                    <ClaimOption key={c.id} claim={c} linked={work.items.find((i) => i.claimId === c.id)} disabled={pending} onLink={(stance) => link(d.id, { claimId: c.id }, stance)} />
                  ))}
                </ul>
              </div>
            )}
            <div className="space-y-1">
              <h3 className="text-sm font-semibold">Your items ({side(d.id).length})</h3>
              <ItemList items={side(d.id)} testId={n === 0 ? 'my-left-items' : 'my-right-items'} onRemove={canEdit ? (id) => run(() => unlinkItemAction({ itemId: id })) : undefined} />
            </div>
          </section>
        ))}
      </div>
      <section className="space-y-2 rounded border border-stone-200 bg-stone-50 p-3" aria-label="Pairs">
        <h2 className="font-semibold">Pairs: how a left item relates to a right item</h2>
        {canEdit && left && right && (
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <label>Left item <select value={pair.left} onChange={(e) => setPair({ ...pair, left: e.target.value })} className={`${control} max-w-64`}><option value="">choose…</option>{side(left.id).map((i) => <option key={i.id} value={i.id}>{short(i.quote, 50)}</option>)}</select></label>
            <label>Relation <select value={pair.relation} onChange={(e) => setPair({ ...pair, relation: e.target.value as PairRelationName })} className={control}>{PAIR_RELATIONS.map((r) => <option key={r} value={r}>{pairRelationLabels[r]}</option>)}</select></label>
            <label>Right item <select value={pair.right} onChange={(e) => setPair({ ...pair, right: e.target.value })} className={`${control} max-w-64`}><option value="">choose…</option>{side(right.id).map((i) => <option key={i.id} value={i.id}>{short(i.quote, 50)}</option>)}</select></label>
            <button type="button" disabled={pending || !pair.left || !pair.right} onClick={addPair} className={button}>Pair</button>
          </div>
        )}
        <PairList work={work} testId="my-pairs" onRemove={canEdit ? (id) => run(() => unpairItemsAction({ pairId: id })) : undefined} />
      </section>
      {canSubmit && <button type="button" disabled={pending} onClick={submit} className={button}>Submit</button>}
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      {canEdit && selection && (
        <div role="region" aria-label="Link selection" className="fixed inset-x-0 bottom-0 z-30 border-t border-indigo-300 bg-indigo-50 p-3 shadow-lg sm:inset-x-auto sm:right-4 sm:bottom-4 sm:max-w-md sm:rounded sm:border">
          <p className="text-sm">Selected: <q className="font-serif">{short(selection.text, 60)}</q></p>
          <div className="mt-2 flex items-center gap-2 text-xs">
            <StanceSelect value={spanStance} onChange={setSpanStance} label="Stance of the selection" />
            <button type="button" disabled={pending} onMouseDown={(e) => e.preventDefault()} onClick={() => link(selection.documentId, { start: selection.start, end: selection.end }, spanStance, clear)} className={button}>Link selection</button>
          </div>
        </div>
      )}
    </div>
  );
}
