'use client';

import { useRef } from 'react';
import { removeAnnotationAction, submitExerciseAction } from '@/lib/actions/teaching';
import { kindStyle } from '@/components/reader/claim-style';
import { useServerAction } from '@/components/reader/use-server-action';
import type { AnnotationView, ExerciseDocument } from '@/lib/teaching/types';
import { AnnotationBar } from './annotation-bar';
import { useTextSelection } from './use-text-selection';
import { ExerciseText } from './exercise-text';

type Props = {
  exerciseId: string;
  documents: ExerciseDocument[];
  annotations: AnnotationView[];
  fields: string[];
  topics: { id: string; label: string }[];
  canAnnotate: boolean;
  canSubmit: boolean;
};

function describe(a: AnnotationView, topics: Props['topics']): string {
  const parts = [a.kind && kindStyle[a.kind].label, a.speaker && `speaker: ${a.speaker}`, a.hedged && 'hedged', a.stance && `${a.stance} ${topics.find((t) => t.id === a.topicId)?.label ?? ''}`.trim()];
  return parts.filter(Boolean).join(' · ');
}

/** Blind annotation: the documents' text and the student's own marks only. */
export function ExerciseAnnotator({ exerciseId, documents, annotations, fields, topics, canAnnotate, canSubmit }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const { selection, clear } = useTextSelection(root, documents, canAnnotate);
  const { run, pending, error } = useServerAction();

  const submit = () => {
    if (window.confirm(`Submit ${annotations.length} annotation(s)? You cannot change them afterwards.`)) run(() => submitExerciseAction({ exerciseId }));
  };
  return (
    <div className="gap-6 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div ref={root} className="min-w-0 space-y-8">
        {documents.map((d) => (
          <section key={d.id} className="space-y-2">
            <h2 className="font-serif text-xl font-bold">{d.title}</h2>
            <ExerciseText documentId={d.id} text={d.text} spans={annotations.filter((a) => a.documentId === d.id)} testId="exercise-text" />
          </section>
        ))}
      </div>
      <aside className="space-y-3 text-sm">
        <h2 className="font-semibold">Your annotations ({annotations.length})</h2>
        <ol className="space-y-2" data-testid="my-annotations">
          {annotations.map((a) => (
            <li key={a.id} className="rounded border border-stone-200 bg-white p-2">
              <q className="font-serif">{a.quote}</q>
              <div className="text-xs text-stone-600">{describe(a, topics)}</div>
              {canAnnotate && <button type="button" disabled={pending} onClick={() => run(() => removeAnnotationAction({ annotationId: a.id }))} className="text-xs text-red-700 hover:underline">Remove</button>}
            </li>
          ))}
        </ol>
        {canSubmit && <button type="button" disabled={pending} onClick={submit} className="rounded bg-indigo-700 px-3 py-1 text-white disabled:opacity-50">Submit</button>}
        {error && <p role="alert" className="text-red-700">{error}</p>}
      </aside>
      {canAnnotate && selection && (
        <AnnotationBar key={`${selection.documentId}:${selection.start}:${selection.end}`} exerciseId={exerciseId} selection={selection} fields={fields} topics={topics} onAdded={clear} />
      )}
    </div>
  );
}
