import type { Relation, Stance } from '@/lib/engine/compare/index';

// Colour plus a text/symbol marker, so nothing depends on colour alone.

const stanceStyle: Record<Stance, { cls: string; mark: string }> = {
  supports: { cls: 'bg-emerald-50 text-emerald-800 ring-emerald-300', mark: '+' },
  opposes: { cls: 'bg-rose-50 text-rose-800 ring-rose-300', mark: '−' },
  neutral: { cls: 'bg-stone-100 text-stone-700 ring-stone-300', mark: '·' },
  mixed: { cls: 'bg-amber-50 text-amber-800 ring-amber-300', mark: '±' },
};

export function StanceChip({ stance }: { stance: Stance }) {
  const s = stanceStyle[stance];
  return (
    <span className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium ring-1 ${s.cls}`} data-testid="stance-chip" data-stance={stance}>
      <span aria-hidden>{s.mark}</span>
      {stance}
    </span>
  );
}

const relationStyle: Record<Relation, { cls: string; label: string }> = {
  agree: { cls: 'bg-emerald-600 text-white', label: 'agree' },
  contradict: { cls: 'bg-rose-600 text-white', label: 'contradict' },
  'number-changed': { cls: 'bg-indigo-600 text-white', label: 'number changed' },
  related: { cls: 'bg-stone-500 text-white', label: 'related' },
  'only-left': { cls: 'bg-stone-200 text-stone-800', label: 'only earlier' },
  'only-right': { cls: 'bg-stone-200 text-stone-800', label: 'only later' },
};

export function RelationBadge({ relation }: { relation: Relation }) {
  const r = relationStyle[relation];
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${r.cls}`} data-testid="relation-badge" data-relation={relation}>
      {r.label}
    </span>
  );
}

export function ReviewStatus({ status }: { status: string }) {
  if (status === 'suggested') return <span className="text-xs italic text-stone-500">suggested</span>;
  const cls = status === 'accepted' ? 'text-emerald-700' : status === 'rejected' ? 'text-rose-700 line-through' : 'text-amber-700';
  return <span className={`text-xs font-medium ${cls}`} data-testid="link-status">{status === 'accepted' ? '✓ confirmed' : status}</span>;
}

export const relations: Relation[] = ['number-changed', 'contradict', 'agree', 'related', 'only-left', 'only-right'];
export const stances: Stance[] = ['supports', 'opposes', 'neutral', 'mixed'];
