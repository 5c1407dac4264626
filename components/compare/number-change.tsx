import type { NumberChange } from '@/lib/engine/compare/index';

const fmt = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function NumberChangeLine({ change }: { change: NumberChange }) {
  const sign = change.delta > 0 ? '+' : '';
  const unit = change.unitKind === 'percent' ? ' pp' : '';
  return (
    <p className="rounded bg-indigo-50 px-3 py-2 text-sm text-indigo-950 ring-1 ring-indigo-200" data-testid="number-change">
      <span className="font-semibold">{change.subject}</span>
      {change.unit ? <span className="text-indigo-700"> ({change.unit})</span> : null}:{' '}
      <span className="font-mono">{change.from.text}</span> <span aria-label="changed to">→</span> <span className="font-mono font-semibold">{change.to.text}</span>{' '}
      <span className="whitespace-nowrap text-indigo-700">
        ({sign}
        {fmt.format(change.delta)}
        {unit}
        {change.percent !== null ? `, ${sign}${fmt.format(change.percent)} %` : ''})
      </span>
    </p>
  );
}
