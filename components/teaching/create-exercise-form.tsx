'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { createExerciseAction } from '@/lib/actions/teaching';
import { useServerAction } from '@/components/reader/use-server-action';

type Props = { classId: string; documents: { id: string; title: string }[]; topics: { id: string; label: string }[] };

const fieldLabels = { kind: 'Kind of claim', speaker: 'Speaker', hedged: 'Hedged', stance: 'Stance toward a topic' } as const;
type Field = keyof typeof fieldLabels;
const box = 'max-h-48 space-y-1 overflow-y-auto rounded border border-stone-200 p-2';

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

/** Teacher: an exercise from one or more documents, with the fields students fill in. */
export function CreateExerciseForm({ classId, documents, topics }: Props) {
  const [form, setForm] = useState({ title: '', instructions: '', dueAt: '', documentIds: [] as string[], fields: ['kind'] as Field[], topicIds: [] as string[], reference: 'accepted' as 'accepted' | 'teacher' });
  const [compare, setCompare] = useState({ on: false, left: '', right: '', questionTopicId: '', question: '' });
  const { run, pending, error } = useServerAction();
  const router = useRouter();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const dueAt = form.dueAt ? new Date(form.dueAt).toISOString() : null;
    const input = compare.on
      ? { classId, title: form.title, instructions: form.instructions, dueAt, mode: 'compare', documentIds: [compare.left, compare.right].filter(Boolean), questionTopicId: compare.questionTopicId || null, question: compare.questionTopicId ? null : compare.question }
      : { classId, ...form, dueAt };
    run(() => createExerciseAction(input), (r) => r.ok && router.push(`/exercises/${r.data.id}`));
  };
  const docSelect = (label: string, value: string, set: (v: string) => void) => (
    <label className="mr-4 inline-block">{label} <select value={value} onChange={(e) => set(e.target.value)} required className="ml-1 max-w-72 rounded border border-stone-300 px-1 py-1"><option value="">choose…</option>{documents.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}</select></label>
  );
  return (
    <form onSubmit={submit} className="space-y-3 rounded border border-stone-200 bg-white p-4 text-sm" aria-label="New exercise">
      <label className="block">Title <input value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} required maxLength={200} className="mt-1 block w-full rounded border border-stone-300 px-2 py-1" /></label>
      <label className="block">Instructions <textarea value={form.instructions} onChange={(e) => setForm({ ...form, instructions: e.target.value })} maxLength={4000} rows={3} className="mt-1 block w-full rounded border border-stone-300 px-2 py-1" /></label>
      <label className="block">Due <input type="datetime-local" value={form.dueAt} onChange={(e) => setForm({ ...form, dueAt: e.target.value })} className="mt-1 rounded border border-stone-300 px-2 py-1" /></label>
      <fieldset>
        <legend className="font-medium">Kind of exercise</legend>
        <label className="mr-4"><input type="radio" name="mode" checked={!compare.on} onChange={() => setCompare({ ...compare, on: false })} /> Mark claims in documents</label>
        <label><input type="radio" name="mode" checked={compare.on} onChange={() => setCompare({ ...compare, on: true })} /> Compare two documents on a question</label>
      </fieldset>
      {compare.on ? (
        <fieldset className="space-y-2">
          <legend className="font-medium">Comparison</legend>
          <div>{docSelect('Left document', compare.left, (left) => setCompare({ ...compare, left }))}{docSelect('Right document', compare.right, (right) => setCompare({ ...compare, right }))}</div>
          <label className="block">Question (topic) <select value={compare.questionTopicId} onChange={(e) => setCompare({ ...compare, questionTopicId: e.target.value })} className="ml-1 max-w-72 rounded border border-stone-300 px-1 py-1"><option value="">a new question…</option>{topics.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}</select></label>
          {!compare.questionTopicId && <label className="block">New question <input value={compare.question} onChange={(e) => setCompare({ ...compare, question: e.target.value })} required maxLength={500} className="mt-1 block w-full rounded border border-stone-300 px-2 py-1" /></label>}
          <p className="text-xs text-stone-500">Students link claims or their own spans of both documents to the question, give each a stance and pair left with right items. Your own answer, made on the exercise page, is the reference.</p>
        </fieldset>
      ) : (
        <>
          <fieldset>
            <legend className="font-medium">Documents</legend>
            <div className={box}>
              {documents.map((d) => (
                <label key={d.id} className="block"><input type="checkbox" checked={form.documentIds.includes(d.id)} onChange={(e) => setForm({ ...form, documentIds: toggle(form.documentIds, d.id, e.target.checked) })} /> {d.title}</label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend className="font-medium">Students mark claim spans and fill in</legend>
            {(Object.keys(fieldLabels) as Field[]).map((f) => (
              <label key={f} className="mr-4 inline-block"><input type="checkbox" checked={form.fields.includes(f)} onChange={(e) => setForm({ ...form, fields: toggle(form.fields, f, e.target.checked) })} /> {fieldLabels[f]}</label>
            ))}
          </fieldset>
          {form.fields.includes('stance') && (
            <fieldset>
              <legend className="font-medium">Topics for the stance</legend>
              <div className={box}>
                {topics.map((t) => (
                  <label key={t.id} className="block"><input type="checkbox" checked={form.topicIds.includes(t.id)} onChange={(e) => setForm({ ...form, topicIds: toggle(form.topicIds, t.id, e.target.checked) })} /> {t.label}</label>
                ))}
              </div>
            </fieldset>
          )}
          <fieldset>
            <legend className="font-medium">Reference</legend>
            <label className="mr-4"><input type="radio" name="reference" checked={form.reference === 'accepted'} onChange={() => setForm({ ...form, reference: 'accepted' })} /> The documents&apos; accepted claims</label>
            <label><input type="radio" name="reference" checked={form.reference === 'teacher'} onChange={() => setForm({ ...form, reference: 'teacher' })} /> My own annotation (made on the exercise page)</label>
          </fieldset>
        </>
      )}
      <button type="submit" disabled={pending} className="rounded bg-indigo-700 px-3 py-1 text-white disabled:opacity-50">Create exercise</button>
      {error && <p role="alert" className="text-red-700">{error}</p>}
    </form>
  );
}
