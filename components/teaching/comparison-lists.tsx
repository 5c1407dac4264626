import { pairRelationLabels } from '@/lib/engine/compare/pair-relations';
import type { ComparisonItemView, ComparisonWork } from '@/lib/teaching/types';

// Read-only lists of one person's comparison work: the items per side and the pairs.

export const short = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n)}…` : s);

export function ItemList({ items, testId, onRemove }: { items: ComparisonItemView[]; testId?: string; onRemove?: (id: string) => void }) {
  if (items.length === 0) return <p className="text-xs text-stone-500">Nothing linked yet.</p>;
  return (
    <ul className="space-y-1 text-sm" data-testid={testId}>
      {items.map((i) => (
        <li key={i.id} className="rounded border border-stone-200 bg-white p-2" data-stance={i.stance}>
          <q className="font-serif">{short(i.quote)}</q> <span className="text-xs text-stone-600">{i.stance}{i.claimId ? '' : ' · own span'}</span>
          {onRemove && <button type="button" onClick={() => onRemove(i.id)} className="ml-2 text-xs text-red-700 hover:underline">Remove</button>}
        </li>
      ))}
    </ul>
  );
}

export function PairList({ work, testId, onRemove }: { work: ComparisonWork; testId?: string; onRemove?: (id: string) => void }) {
  const byId = new Map(work.items.map((i) => [i.id, i]));
  if (work.pairs.length === 0) return <p className="text-xs text-stone-500">No pairs yet.</p>;
  return (
    <ul className="space-y-1 text-sm" data-testid={testId}>
      {work.pairs.map((p) => (
        <li key={p.id} className="rounded border border-stone-200 bg-white p-2" data-relation={p.relation}>
          <q className="font-serif">{short(byId.get(p.leftItemId)?.quote ?? '', 40)}</q> <strong className="mx-1 text-indigo-800">{pairRelationLabels[p.relation]}</strong> <q className="font-serif">{short(byId.get(p.rightItemId)?.quote ?? '', 40)}</q>
          {onRemove && <button type="button" onClick={() => onRemove(p.id)} className="ml-2 text-xs text-red-700 hover:underline">Remove</button>}
        </li>
      ))}
    </ul>
  );
}

/** Someone's whole answer: left items, right items, pairs. */
export function WorkView({ work, left, right, testId }: { work: ComparisonWork; left: string; right: string; testId: string }) {
  return (
    <div className="space-y-3" data-testid={testId}>
      <div className="grid gap-4 md:grid-cols-2">
        <ItemList items={work.items.filter((i) => i.documentId === left)} />
        <ItemList items={work.items.filter((i) => i.documentId === right)} />
      </div>
      <PairList work={work} />
    </div>
  );
}
