'use client';

import { useState } from 'react';
import { setPublicReadAction } from '@/lib/actions/claims';
import { useServerAction } from '@/components/reader/use-server-action';

// The workspace switch for signed-out reading (classroom handouts). The env var forces it on.
export function PublicReadToggle({ stored, forcedByEnv }: { stored: boolean; forcedByEnv: boolean }) {
  const [enabled, setEnabled] = useState(stored);
  const { run, pending, error } = useServerAction();
  const toggle = (next: boolean) => run(() => setPublicReadAction({ enabled: next }), (r) => {
    if (r.ok) setEnabled(next);
  });
  return (
    <section className="space-y-2 rounded border border-stone-200 bg-white p-4" aria-labelledby="public-read-heading">
      <h2 id="public-read-heading" className="font-semibold">Public reading</h2>
      <p className="text-sm text-stone-600">
        When on, visitors without an account may read documents, topics and comparisons (for classroom handouts).
        E-mail addresses, the review queue, claim history and this page always need an account.
      </p>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={enabled || forcedByEnv} disabled={pending || forcedByEnv} onChange={(e) => toggle(e.target.checked)} data-testid="public-read-toggle" />
        Allow signed-out reading
      </label>
      {forcedByEnv && <p className="text-xs text-stone-500">On for this server through CLAIMSCOPE_PUBLIC_READ=1.</p>}
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </section>
  );
}
