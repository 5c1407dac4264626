'use client';

import { useState } from 'react';
import { addAnnotationAction } from '@/lib/actions/teaching';
import { kindStyle } from '@/components/reader/claim-style';
import { useServerAction } from '@/components/reader/use-server-action';
import type { ClaimKindName, StanceName } from '@/lib/teaching/types';

import type { TextSelection } from './use-text-selection';
type Props = { exerciseId: string; selection: TextSelection; fields: string[]; topics: { id: string; label: string }[]; onAdded: () => void };

const stances: StanceName[] = ['supports', 'opposes', 'neutral', 'mixed'];
const select = 'rounded border border-stone-300 px-1 py-1 text-sm';

/** Appears while text is selected: the fields the exercise asks for, then "Add annotation". */
export function AnnotationBar({ exerciseId, selection, fields, topics, onAdded }: Props) {
  const [kind, setKind] = useState<ClaimKindName>('factual');
  const [speaker, setSpeaker] = useState('');
  const [hedged, setHedged] = useState(false);
  const [stance, setStance] = useState<StanceName | ''>('');
  const [topicId, setTopicId] = useState(topics[0]?.id ?? '');
  const { run, pending, error } = useServerAction();
  const preview = selection.text.length > 60 ? `${selection.text.slice(0, 60)}…` : selection.text;
  const add = () =>
    run(
      () => addAnnotationAction({ exerciseId, documentId: selection.documentId, start: selection.start, end: selection.end, kind, speaker, hedged, stance: stance || null, topicId: stance ? topicId : null }),
      (r) => r.ok && onAdded(),
    );
  return (
    <div role="region" aria-label="New annotation from selection" className="fixed inset-x-0 bottom-0 z-30 border-t border-indigo-300 bg-indigo-50 p-3 shadow-lg sm:inset-x-auto sm:right-4 sm:bottom-4 sm:max-w-md sm:rounded sm:border">
      <p className="text-sm">Selected: <q className="font-serif">{preview}</q></p>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-xs text-stone-700">
        {fields.includes('kind') && (
          <label>Kind <select value={kind} onChange={(e) => setKind(e.target.value as ClaimKindName)} className={select}>{(Object.keys(kindStyle) as ClaimKindName[]).map((k) => <option key={k} value={k}>{kindStyle[k].label}</option>)}</select></label>
        )}
        {fields.includes('speaker') && <label>Speaker <input value={speaker} onChange={(e) => setSpeaker(e.target.value)} maxLength={200} className={`${select} w-32`} /></label>}
        {fields.includes('hedged') && <label><input type="checkbox" checked={hedged} onChange={(e) => setHedged(e.target.checked)} /> Hedged</label>}
        {fields.includes('stance') && (
          <>
            <label>Stance <select value={stance} onChange={(e) => setStance(e.target.value as StanceName | '')} className={select}><option value="">none</option>{stances.map((s) => <option key={s} value={s}>{s}</option>)}</select></label>
            {topics.length > 1 && <label>toward <select value={topicId} onChange={(e) => setTopicId(e.target.value)} className={select}>{topics.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}</select></label>}
          </>
        )}
        <button type="button" disabled={pending} onMouseDown={(e) => e.preventDefault()} onClick={add} className="rounded bg-indigo-700 px-3 py-1 text-sm text-white disabled:opacity-50">Add annotation</button>
      </div>
      {error && <p role="alert" className="mt-1 text-xs text-red-700">{error}</p>}
    </div>
  );
}
