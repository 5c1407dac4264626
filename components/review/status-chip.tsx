import { statusStyle } from '@/components/reader/claim-style';
import type { ClaimStatus } from '@/components/reader/types';

/** The review status of a claim or topic link, shown wherever one appears. */
export function StatusChip({ status }: { status: ClaimStatus }) {
  const s = statusStyle[status];
  return (
    <span data-testid="status-chip" data-status={status} className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${s.chip}`}>
      {s.symbol && <span aria-hidden="true">{s.symbol}</span>}
      {status}
    </span>
  );
}
