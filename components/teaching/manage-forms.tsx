'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { deleteClassAction, deleteExerciseAction, removeMemberAction, renameClassAction, renameExerciseAction } from '@/lib/actions/teaching';
import { useServerAction } from '@/components/reader/use-server-action';

// The teacher's housekeeping on the class page: rename or delete the class or an exercise,
// remove a student. Every deletion asks first and says what goes with it.

const small = 'text-xs hover:underline disabled:opacity-50';

export function RenameForm({ target, id, name }: { target: 'class' | 'exercise'; id: string; name: string }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(name);
  const { run, pending, error } = useServerAction();
  if (!open) return <button type="button" onClick={() => setOpen(true)} className={`${small} text-indigo-700`}>Rename</button>;
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    run<unknown>(() => (target === 'class' ? renameClassAction({ classId: id, name: value }) : renameExerciseAction({ exerciseId: id, title: value })), (r) => r.ok && setOpen(false));
  };
  return (
    <form onSubmit={save} className="inline-flex items-center gap-1" aria-label={`Rename ${target}`}>
      <input value={value} onChange={(e) => setValue(e.target.value)} required maxLength={target === 'class' ? 120 : 200} aria-label="New name" className="rounded border border-stone-300 px-1 py-0.5 text-sm" />
      <button type="submit" disabled={pending} className="rounded bg-indigo-700 px-2 py-0.5 text-xs text-white">Save</button>
      <button type="button" onClick={() => setOpen(false)} className={small}>Cancel</button>
      {error && <span role="alert" className="text-xs text-red-700">{error}</span>}
    </form>
  );
}

export function DeleteButton({ target, id, name, classId }: { target: 'class' | 'exercise'; id: string; name: string; classId?: string }) {
  const { run, pending, error } = useServerAction();
  const router = useRouter();
  const what = target === 'class' ? 'the class, all its exercises and all students’ work on them' : 'the exercise and all students’ work on it';
  const remove = () => {
    if (!window.confirm(`Delete “${name}”? This deletes ${what}. It cannot be undone.`)) return;
    run<unknown>(
      () => (target === 'class' ? deleteClassAction({ classId: id }) : deleteExerciseAction({ exerciseId: id })),
      (r) => r.ok && target === 'class' && router.push('/teach'),
    );
  };
  return (
    <span>
      <button type="button" onClick={remove} disabled={pending} className={`${small} text-red-700`} data-class={classId}>Delete {target}</button>
      {error && <span role="alert" className="ml-1 text-xs text-red-700">{error}</span>}
    </span>
  );
}

export function RemoveMemberButton({ classId, userId, name }: { classId: string; userId: string; name: string }) {
  const { run, pending, error } = useServerAction();
  const remove = () => {
    if (window.confirm(`Remove ${name} from the class? Their work on this class’s exercises is deleted; they can join again with the code.`)) run(() => removeMemberAction({ classId, userId }));
  };
  return (
    <span>
      <button type="button" onClick={remove} disabled={pending} className={`${small} text-red-700`} aria-label={`Remove ${name}`}>remove</button>
      {error && <span role="alert" className="ml-1 text-xs text-red-700">{error}</span>}
    </span>
  );
}
