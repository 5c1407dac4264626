import { StatusChip } from '@/components/review/status-chip';
import type { ReaderClaimView } from './types';

type Props = { title: string; testId: string; claims: ReaderClaimView[]; note: string; onOpen: (id: string) => void };

/** Claims that cannot be shown in the text: orphaned (quote gone) or deleted. */
export function ClaimList({ title, testId, claims, note, onOpen }: Props) {
  if (claims.length === 0) return null;
  return (
    <section aria-label={title} data-testid={testId} className="max-w-prose space-y-2 rounded border border-orange-200 bg-orange-50/50 p-3">
      <h2 className="font-semibold">{title} ({claims.length})</h2>
      <p className="text-xs text-stone-600">{note}</p>
      <ul className="space-y-1">
        {claims.map((c) => (
          <li key={c.id} className="flex items-start gap-2 text-sm">
            <StatusChip status={c.status} />
            <button type="button" onClick={() => onOpen(c.id)} className="text-left font-serif hover:underline">
              {c.text}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
