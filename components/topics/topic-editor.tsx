'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { deleteTopicAction, mergeTopicsAction, renameTopicAction } from '@/lib/actions/topics';
import type { ActionResult } from '@/lib/http/api';

/** `others`: a bounded choice of merge sources (the first by label, or those matching `mergeSearch`). */
type Props = { topic: { id: string; label: string; question: string | null; version: number }; others: { id: string; label: string }[]; mergeSearch?: string };

// Editor tools for one topic. Every action is checked again on the server (role + version).
export function TopicEditor({ topic, others, mergeSearch }: Props) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const run = (action: () => Promise<ActionResult<unknown>>, after: () => void) =>
    start(async () => {
      const r = await action();
      setMessage(r.ok ? null : r.error);
      if (r.ok) after();
    });

  return (
    <details open={mergeSearch !== undefined} className="no-print rounded border border-stone-200 bg-white p-3 text-sm" data-testid="topic-editor">
      <summary className="cursor-pointer font-medium">Edit topic</summary>
      <form
        className="mt-3 space-y-2"
        action={(f) => run(() => renameTopicAction({ id: topic.id, version: topic.version, label: f.get('label'), question: f.get('question') }), () => router.refresh())}
      >
        <label className="block">Label <input name="label" defaultValue={topic.label} className="w-full rounded border border-stone-300 px-2 py-1" /></label>
        <label className="block">Question <input name="question" defaultValue={topic.question ?? ''} className="w-full rounded border border-stone-300 px-2 py-1" /></label>
        <button type="submit" disabled={pending} className="rounded bg-indigo-700 px-3 py-1 text-white">Save</button>
      </form>
      <form method="get" className="mt-3 flex flex-wrap items-center gap-2" role="search">
        <label>Find topics to merge: <input type="search" name="merge" defaultValue={mergeSearch ?? ''} maxLength={200} className="rounded border border-stone-300 px-2 py-1" /></label>
        <button type="submit" className="rounded border border-stone-400 px-3 py-1">Find</button>
      </form>
      {others.length === 0 && mergeSearch && <p className="mt-2 text-stone-500">No other topic label matches.</p>}
      {others.length > 0 && (
        <form className="mt-2 flex flex-wrap items-center gap-2" action={(f) => run(() => mergeTopicsAction({ targetId: topic.id, sourceIds: [f.get('source')] }), () => router.refresh())}>
          <label>Merge into this topic: <select name="source" className="rounded border border-stone-300 px-2 py-1">{others.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}</select></label>
          <button type="submit" disabled={pending} className="rounded border border-stone-400 px-3 py-1">Merge</button>
        </form>
      )}
      <button
        type="button"
        disabled={pending}
        className="mt-3 rounded border border-rose-500 px-3 py-1 text-rose-700"
        onClick={() => {
          if (confirm('Delete this topic and its links? The claims stay.')) run(() => deleteTopicAction({ id: topic.id, version: topic.version }), () => router.push('/'));
        }}
      >
        Delete topic
      </button>
      {message && <p role="alert" className="mt-2 text-rose-700">{message}</p>}
    </details>
  );
}
