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
  const { run, pending, error } = useServerAction();
  const router = useRouter();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const dueAt = form.dueAt ? new Date(form.dueAt).toISOString() : null;
    run(() => createExerciseAction({ classId, ...form, dueAt }), (r) => r.ok && router.push(`/exercises/${r.data.id}`));
  };
  return (
    <form onSubmit={submit} className="space-y-3 rounded border border-stone-200 bg-white p-4 text-sm" aria-label="New exercise">
      <label className="block">Title <input value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} required maxLength={200} className="mt-1 block w-full rounded border border-stone-300 px-2 py-1" /></label>
      <label className="block">Instructions <textarea value={form.instructions} onChange={(e) => setForm({ ...form, instructions: e.target.value })} maxLength={4000} rows={3} className="mt-1 block w-full rounded border border-stone-300 px-2 py-1" /></label>
      <label className="block">Due <input type="datetime-local" value={form.dueAt} onChange={(e) => setForm({ ...form, dueAt: e.target.value })} className="mt-1 rounded border border-stone-300 px-2 py-1" /></label>
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
      <button type="submit" disabled={pending} className="rounded bg-indigo-700 px-3 py-1 text-white disabled:opacity-50">Create exercise</button>
      {error && <p role="alert" className="text-red-700">{error}</p>}
    </form>
  );
}
