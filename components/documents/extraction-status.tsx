'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { retryExtractionAction } from '@/lib/actions/documents';
import { AutoRefresh } from './auto-refresh';

// The document page while its claims are extracted in the background: "extracting…" with the
// page refreshed every 2 s until the job is done, or the failure with its error and Retry.

type Props = { documentId: string; status: 'queued' | 'running' | 'failed'; error: string | null; attempts: number; canRetry: boolean };

function RetryButton({ documentId }: { documentId: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [note, setNote] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await retryExtractionAction({ documentId });
            setNote(r.ok ? null : r.error);
            if (r.ok) router.refresh();
          })
        }
        className="rounded border border-red-300 bg-white px-3 py-1 text-sm text-red-800 hover:bg-red-50"
      >
        {pending ? 'Queueing…' : 'Retry'}
      </button>
      {note && <span role="alert" className="text-sm text-red-800">{note}</span>}
    </>
  );
}

export function ExtractionStatus({ documentId, status, error, attempts, canRetry }: Props) {
  if (status === 'failed') {
    return (
      <div role="alert" className="flex flex-wrap items-center gap-3 rounded border border-red-200 bg-red-50 p-3 text-sm text-red-900" data-testid="extraction-status">
        <span>
          Extracting the claims failed after {attempts} attempt{attempts === 1 ? '' : 's'}: <span className="font-mono">{error ?? 'unknown error'}</span>
        </span>
        {canRetry && <RetryButton documentId={documentId} />}
      </div>
    );
  }
  return (
    <div role="status" className="rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" data-testid="extraction-status">
      {status === 'running' ? 'Extracting claims…' : 'Waiting to extract claims…'}
      {error && <span className="ml-2 text-amber-800">(the last attempt failed: {error}; retrying)</span>}
      <AutoRefresh />
    </div>
  );
}
