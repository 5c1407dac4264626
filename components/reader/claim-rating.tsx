'use client';

import { setClaimRatingAction } from '@/lib/actions/claims';
import { RATING_LABELS } from '@/lib/exports/rating';
import { useServerAction } from './use-server-action';

// An editor's verdict 1 (false) … 5 (true), exported as the ClaimReview rating.
const SCALE = Object.entries(RATING_LABELS).map(([value, label]) => [Number(value), label] as const);

export function ClaimRating({ id, version, rating }: { id: string; version: number; rating: number | null }) {
  const { run, pending, error } = useServerAction();
  return (
    <section aria-label="Rating" className="space-y-1">
      <label className="flex items-center gap-2 text-sm">
        <span className="font-semibold">Rating</span>
        <select
          value={rating ?? ''}
          disabled={pending}
          onChange={(e) => run(() => setClaimRatingAction({ id, version, rating: e.target.value ? Number(e.target.value) : null }))}
          className="rounded border border-stone-300 px-2 py-1 text-sm"
        >
          <option value="">Not rated</option>
          {SCALE.map(([value, label]) => (
            <option key={value} value={value}>{`${value} – ${label}`}</option>
          ))}
        </select>
      </label>
      {error && <p role="alert" className="text-xs text-red-700">{error}</p>}
    </section>
  );
}
