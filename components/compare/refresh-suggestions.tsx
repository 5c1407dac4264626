'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { suggestTopicsAction } from '@/lib/actions/topics';

// Re-runs automatic topic matching for the compared documents (editor; checked on the server).
export function RefreshSuggestions({ ids }: { ids: string[] }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [note, setNote] = useState<string | null>(null);
  return (
    <span className="no-print inline-flex items-center gap-2 text-sm">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await suggestTopicsAction(ids);
            setNote(r.ok ? `${r.data.topics} new topic(s), ${r.data.links} link(s)` : r.error);
            if (r.ok) router.refresh();
          })
        }
        className="rounded border border-indigo-300 bg-white px-3 py-1 text-indigo-800 hover:bg-indigo-50"
      >
        {pending ? 'Matching…' : 'Refresh suggestions'}
      </button>
      {note && <span role="status" className="text-stone-600">{note}</span>}
    </span>
  );
}
