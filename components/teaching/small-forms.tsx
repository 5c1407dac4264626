'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { createClassAction, joinClassAction, revealExerciseAction } from '@/lib/actions/teaching';
import { useServerAction } from '@/components/reader/use-server-action';

const input = 'rounded border border-stone-300 px-2 py-1 text-sm';
const button = 'rounded bg-indigo-700 px-3 py-1 text-sm text-white disabled:opacity-50';

/** Teacher: a new class (its join code appears in the list). */
export function CreateClassForm() {
  const [name, setName] = useState('');
  const { run, pending, error } = useServerAction();
  return (
    <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => { e.preventDefault(); run(() => createClassAction({ name }), (r) => r.ok && setName('')); }}>
      <label className="text-sm">Class name <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} className={`${input} ml-1`} /></label>
      <button type="submit" disabled={pending} className={button}>Create class</button>
      {error && <p role="alert" className="w-full text-sm text-red-700">{error}</p>}
    </form>
  );
}

/** Signed-in student: one more class by its code. */
export function JoinCodeForm() {
  const [code, setCode] = useState('');
  const router = useRouter();
  const { run, pending, error } = useServerAction();
  return (
    <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => { e.preventDefault(); run(() => joinClassAction({ code }), (r) => r.ok && router.push(`/classes/${r.data.id}`)); }}>
      <label className="text-sm">Class code <input value={code} onChange={(e) => setCode(e.target.value)} required maxLength={20} className={`${input} ml-1 font-mono uppercase`} /></label>
      <button type="submit" disabled={pending} className={button}>Join</button>
      {error && <p role="alert" className="w-full text-sm text-red-700">{error}</p>}
    </form>
  );
}

/** Teacher: closes the exercise and opens the results. */
export function RevealButton({ exerciseId, submitted }: { exerciseId: string; submitted: number }) {
  const { run, pending, error } = useServerAction();
  const reveal = () => {
    if (window.confirm(`Reveal now? ${submitted} submitted; nobody can change their work afterwards.`)) run(() => revealExerciseAction({ exerciseId }));
  };
  return (
    <div>
      <button type="button" onClick={reveal} disabled={pending} className={button}>Reveal results</button>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
