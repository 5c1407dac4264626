import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { requireSignedIn } from '@/lib/actions/session';
import { getPrisma } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { revealedResults } from '@/lib/services/teaching/exercise-results';
import type { ComparisonResults } from '@/lib/teaching/types';
import { ComparisonAgreement, ComparisonScoreTable } from '@/components/teaching/comparison-results';
import { WorkView } from '@/components/teaching/comparison-lists';
import { ExerciseText } from '@/components/teaching/exercise-text';
import { HeatMap } from '@/components/teaching/heat-map';
import { PrintButton } from '@/components/teaching/print-button';
import { AgreementTables, DisagreementList, ScoreTable } from '@/components/teaching/results-tables';

export const metadata: Metadata = { title: 'Results' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ student?: string }> };

async function load(id: string) {
  const user = await requireSignedIn();
  try {
    return await revealedResults(await getPrisma(), user, id);
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound();
    if (isAppError(e) && e.code === 'FORBIDDEN') redirect(`/exercises/${id}`); // not revealed yet, or not the teacher
    throw e;
  }
}

function ComparisonResultsView({ results, student }: { results: ComparisonResults; student?: string }) {
  const selected = results.students.find((s) => s.id === student) ?? results.students[0] ?? null;
  const [left, right] = results.documents.map((d) => d.id);
  return (
    <article className="space-y-8">
      <div className="no-print flex flex-wrap items-center gap-3 text-sm">
        <Link href={`/exercises/${results.exerciseId}`} className="text-indigo-700 hover:underline">← Exercise</Link>
        <a href={`/exercises/${results.exerciseId}/results/csv`} className="rounded border border-stone-300 px-3 py-1" download>Download CSV</a>
        <PrintButton />
      </div>
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Results: {results.title}</h1>
        <p className="text-sm text-stone-600">{results.className} · {results.students.length} submitted · question: {results.question?.label ?? '–'} · reference: the teacher’s answer ({results.reference.items.length} items, {results.reference.pairs.length} pairs)</p>
        <p className="text-sm text-stone-600">{results.documents.map((d) => d.title).join(' ↔ ')}</p>
      </header>
      <section className="space-y-2"><h2 className="text-lg font-semibold">Scores against the teacher’s answer</h2><ComparisonScoreTable results={results} selected={selected?.id ?? null} /></section>
      <section className="space-y-2"><h2 className="text-lg font-semibold">Agreement in the class</h2><ComparisonAgreement results={results} /></section>
      {selected && (
        <section id="side-by-side" className="grid gap-6 lg:grid-cols-2 print:break-before-page">
          <div className="space-y-2"><h2 className="text-lg font-semibold">{selected.name}</h2><WorkView work={results.work[selected.id] ?? { items: [], pairs: [] }} left={left} right={right} testId="student-answer" /></div>
          <div className="space-y-2"><h2 className="text-lg font-semibold">Teacher’s answer</h2><WorkView work={results.reference} left={left} right={right} testId="reference-answer" /></div>
        </section>
      )}
    </article>
  );
}

export default async function ResultsPage({ params, searchParams }: Props) {
  const found = await load((await params).id);
  const { student } = await searchParams;
  if (found.mode === 'compare') return <ComparisonResultsView results={found.results} student={student} />;
  const results = found.results;
  const selected = results.students.find((s) => s.id === student) ?? results.students[0] ?? null;
  const n = results.students.length;
  return (
    <article className="space-y-8">
      <div className="no-print flex flex-wrap items-center gap-3 text-sm">
        <Link href={`/exercises/${results.exerciseId}`} className="text-indigo-700 hover:underline">← Exercise</Link>
        <a href={`/exercises/${results.exerciseId}/results/csv`} className="rounded border border-stone-300 px-3 py-1" download>Download CSV</a>
        <PrintButton />
      </div>
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Results: {results.title}</h1>
        <p className="text-sm text-stone-600">{results.className} · {n} submitted · reference: {results.reference === 'teacher' ? 'the teacher’s annotation' : 'accepted claims'} ({results.referenceSpans.length} spans)</p>
      </header>
      <section className="space-y-2"><h2 className="text-lg font-semibold">Scores against the reference</h2><ScoreTable results={results} selected={selected?.id ?? null} /></section>
      <section className="space-y-2"><h2 className="text-lg font-semibold">Agreement in the class</h2><AgreementTables results={results} /></section>
      <section className="space-y-4">
        <h2 className="text-lg font-semibold">How many students marked each sentence</h2>
        {results.documents.map((d) => <div key={d.id} className="space-y-1"><h3 className="font-serif font-bold">{d.title}</h3><HeatMap document={d} sentences={results.sentences} students={n} /></div>)}
      </section>
      <section className="space-y-2"><h2 className="text-lg font-semibold">Most disagreement</h2><DisagreementList results={results} /></section>
      {selected && (
        <section id="side-by-side" className="space-y-4 print:break-before-page">
          <h2 className="text-lg font-semibold">{selected.name} beside the reference</h2>
          {results.documents.map((d) => (
            <div key={d.id} className="grid gap-6 md:grid-cols-2">
              <div><h3 className="text-sm font-semibold">{selected.name}</h3><ExerciseText documentId={d.id} text={d.text} spans={(results.studentAnnotations[selected.id] ?? []).filter((a) => a.documentId === d.id)} testId="student-side" /></div>
              <div><h3 className="text-sm font-semibold">Reference</h3><ExerciseText documentId={d.id} text={d.text} spans={results.referenceSpans.filter((a) => a.documentId === d.id)} tone="reference" testId="reference-side" /></div>
            </div>
          ))}
        </section>
      )}
    </article>
  );
}
