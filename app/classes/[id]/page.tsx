import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireSignedIn } from '@/lib/actions/session';
import { getPrisma } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { showClass } from '@/lib/services/teaching/show-class';
import { listExerciseSources } from '@/lib/services/teaching/exercise-sources';
import { formatJoinCode } from '@/lib/teaching/join-code';
import { CreateExerciseForm } from '@/components/teaching/create-exercise-form';
import { DeleteButton, RemoveMemberButton, RenameForm } from '@/components/teaching/manage-forms';

export const metadata: Metadata = { title: 'Class' };
export const dynamic = 'force-dynamic';

async function load(id: string) {
  const user = await requireSignedIn();
  try {
    return await showClass(await getPrisma(), user, id);
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound();
    throw e;
  }
}

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const view = await load((await params).id);
  const sources = view.role === 'teacher' ? await listExerciseSources(await getPrisma()) : null;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">{view.name}</h1>
        {view.role === 'teacher' && <div className="flex gap-3"><RenameForm target="class" id={view.id} name={view.name} /><DeleteButton target="class" id={view.id} name={view.name} /></div>}
        <p className="text-sm text-stone-600">Teacher: {view.teacher}</p>
        {view.role === 'teacher' && (
          <p className="text-sm">Join code: <strong className="font-mono text-lg" data-testid="join-code">{formatJoinCode(view.joinCode)}</strong> <span className="text-stone-500">(students sign up on /join)</span></p>
        )}
      </header>
      <section className="space-y-2">
        <h2 className="font-semibold">Exercises</h2>
        {view.exercises.length === 0 ? <p className="text-sm text-stone-500">No exercises yet.</p> : (
          <ul className="space-y-1 text-sm" data-testid="exercise-list">
            {view.exercises.map((e) => (
              <li key={e.id}>
                <Link href={`/exercises/${e.id}`} className="text-indigo-700 hover:underline">{e.title}</Link>{' '}
                <span className="text-xs text-stone-500">
                  {e.dueAt && `due ${e.dueAt.toISOString().slice(0, 16).replace('T', ' ')} · `}
                  {view.role === 'teacher' ? `${e.submitted} submitted` : e.submitted ? 'submitted' : 'open'}
                  {e.mode === 'compare' && ' · comparison'}
                  {e.revealed && ' · revealed'}
                </span>
                {view.role === 'teacher' && <span className="ml-2 inline-flex gap-2"><RenameForm target="exercise" id={e.id} name={e.title} /><DeleteButton target="exercise" id={e.id} name={e.title} /></span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      {view.role === 'teacher' && sources && (
        <>
          <section className="space-y-2">
            <h2 className="font-semibold">Students ({view.members.length})</h2>
            {view.members.length === 0 ? <p className="text-sm text-stone-700" data-testid="member-list">Nobody has joined yet.</p> : (
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700" data-testid="member-list">
                {view.members.map((m) => <li key={m.id}>{m.name} <RemoveMemberButton classId={view.id} userId={m.id} name={m.name} /></li>)}
              </ul>
            )}
          </section>
          <section className="space-y-2">
            <h2 className="font-semibold">New exercise</h2>
            <CreateExerciseForm classId={view.id} documents={sources.documents} topics={sources.topics} />
          </section>
        </>
      )}
    </div>
  );
}
