import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireSignedIn } from '@/lib/actions/session';
import { getPrisma } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { showExercise } from '@/lib/services/teaching/show-exercise';
import { showComparison } from '@/lib/services/teaching/show-comparison';
import { ExerciseAnnotator } from '@/components/teaching/exercise-annotator';
import { ExerciseText } from '@/components/teaching/exercise-text';
import { RevealButton } from '@/components/teaching/small-forms';
import { ComparisonWorkspace } from '@/components/teaching/comparison-workspace';
import { WorkView } from '@/components/teaching/comparison-lists';

export const metadata: Metadata = { title: 'Exercise' };
export const dynamic = 'force-dynamic';

async function load(id: string) {
  const user = await requireSignedIn();
  try {
    return await showExercise(await getPrisma(), user, id);
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound();
    throw e;
  }
}

function Status({ view }: { view: Awaited<ReturnType<typeof load>> }) {
  if (view.role === 'teacher') {
    return (
      <div className="flex flex-wrap items-center gap-4 rounded border border-stone-200 bg-white p-3 text-sm">
        <span data-testid="progress">{view.progress?.submitted ?? 0} of {view.progress?.members ?? 0} students submitted</span>
        {view.revealed ? <Link href={`/exercises/${view.id}/results`} className="text-indigo-700 hover:underline">Results</Link> : <RevealButton exerciseId={view.id} submitted={view.progress?.submitted ?? 0} />}
        {view.reference === 'teacher' && !view.revealed && <span className="text-stone-600">{view.mode === 'compare' ? 'Your own links and pairs below are the reference.' : 'Your own annotations below are the reference.'}</span>}
      </div>
    );
  }
  const state = view.revealed ? 'Revealed: your work beside the reference.' : view.submittedAt ? 'Submitted. Your work is hidden from everyone until your teacher reveals the exercise.' : view.mode === 'compare' ? 'Link claims (or text you select) of both documents to the question, then pair them. Your classmates cannot see your work.' : 'Select text to mark a claim. Your classmates cannot see your work.';
  return <p className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="exercise-state">{state}</p>;
}

async function ComparisonExercise({ id }: { id: string }) {
  const user = await requireSignedIn();
  const view = await showComparison(await getPrisma(), user, id);
  const [left, right] = view.documents.map((d) => d.id);
  return (
    <>
      {view.question && <p className="rounded border border-amber-200 bg-amber-50 p-3 text-sm" data-testid="question">Question: <strong>{view.question.question ?? view.question.label}</strong></p>}
      {view.reference ? (
        <section className="grid gap-6 lg:grid-cols-2">
          <div className="space-y-2"><h2 className="font-semibold">Your answer</h2><WorkView work={view.work} left={left} right={right} testId="own-answer" /></div>
          <div className="space-y-2"><h2 className="font-semibold">Your teacher’s answer</h2><WorkView work={view.reference} left={left} right={right} testId="reference-answer" /></div>
        </section>
      ) : (
        <ComparisonWorkspace exerciseId={view.id} documents={view.documents} claims={view.claims} work={view.work} canEdit={view.canEdit} canSubmit={view.canSubmit} />
      )}
    </>
  );
}

export default async function ExercisePage({ params }: { params: Promise<{ id: string }> }) {
  const view = await load((await params).id);
  const compare = view.mode === 'compare';
  return (
    <article className="space-y-6 pb-48 lg:pb-0">
      <Link href={`/classes/${view.classId}`} className="text-sm text-indigo-700 hover:underline">← {view.className}</Link>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{view.title}</h1>
        {view.dueAt && <p className="text-sm text-stone-600">Due {view.dueAt.slice(0, 16).replace('T', ' ')} UTC</p>}
        {view.instructions && <p className="whitespace-pre-line text-sm text-stone-800">{view.instructions}</p>}
      </header>
      <Status view={view} />
      {compare ? <ComparisonExercise id={view.id} /> : view.referenceSpans ? (
        view.documents.map((d) => (
          <section key={d.id} className="space-y-2">
            <h2 className="font-serif text-xl font-bold">{d.title}</h2>
            <div className="grid gap-6 md:grid-cols-2">
              <div><h3 className="text-sm font-semibold">Your annotation</h3><ExerciseText documentId={d.id} text={d.text} spans={view.annotations.filter((a) => a.documentId === d.id)} testId="own-side" /></div>
              <div><h3 className="text-sm font-semibold">Reference</h3><ExerciseText documentId={d.id} text={d.text} spans={view.referenceSpans!.filter((a) => a.documentId === d.id)} tone="reference" testId="reference-side" /></div>
            </div>
          </section>
        ))
      ) : (
        <ExerciseAnnotator exerciseId={view.id} documents={view.documents} annotations={view.annotations} fields={view.fields} topics={view.topics} canAnnotate={view.canAnnotate} canSubmit={view.canSubmit} />
      )}
    </article>
  );
}
