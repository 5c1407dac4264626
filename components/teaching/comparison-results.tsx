import type { ComparisonResults } from '@/lib/teaching/types';

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${Math.round(v * 100)}%`);
const num = (v: number | null) => (v === null ? 'n/a' : v.toFixed(2));
const th = 'py-1 pr-3 font-medium';

/** Per student against the teacher's answer: items linked (precision / recall / F1), stance and relation accuracy. */
export function ComparisonScoreTable({ results, selected }: { results: ComparisonResults; selected: string | null }) {
  return (
    <table className="w-full text-left text-sm" data-testid="score-table">
      <thead className="text-xs text-stone-500">
        <tr><th className={th}>Student</th><th className={th}>Items</th><th className={th}>Found (recall)</th><th className={th}>Precision</th><th className={th}>F1</th><th className={th}>Stance</th><th className={th}>Relation</th><th className="no-print" /></tr>
      </thead>
      <tbody>
        {results.students.map((s) => (
          <tr key={s.id} className={`border-t border-stone-200 ${s.id === selected ? 'bg-indigo-50' : ''}`} data-student={s.name}>
            <td className="py-1 pr-3">{s.name}</td>
            <td>{s.items} ({s.pairs} pairs)</td>
            <td>{s.links.tp} of {s.links.tp + s.links.fn} ({pct(s.links.recall)})</td>
            <td>{pct(s.links.precision)}</td>
            <td data-testid="f1">{pct(s.links.f1)}</td>
            <td data-testid="stance-accuracy">{pct(s.stance.accuracy)} <span className="text-xs text-stone-500">of {s.stance.compared}</span></td>
            <td data-testid="relation-accuracy">{pct(s.relation.accuracy)} <span className="text-xs text-stone-500">of {s.relation.compared} / {s.relation.referencePairs} pairs</span></td>
            <td className="no-print"><a href={`?student=${encodeURIComponent(s.id)}#side-by-side`} className="text-indigo-700 hover:underline">compare</a></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The class's agreement with itself: Krippendorff's alpha (nominal) on relation and stance. */
export function ComparisonAgreement({ results }: { results: ComparisonResults }) {
  const rows = [
    { label: 'relation (per pair of items)', a: results.agreement.relation },
    { label: 'stance (per item)', a: results.agreement.stance },
  ];
  return (
    <table className="text-left text-sm" data-testid="alpha-table">
      <caption className="text-left font-semibold">Krippendorff&apos;s alpha (nominal)</caption>
      <thead className="text-xs text-stone-500"><tr><th className={th}>On</th><th className={th}>alpha</th><th className={th}>units</th><th className={th}>values</th></tr></thead>
      <tbody>
        {rows.map((r) => <tr key={r.label} className="border-t border-stone-200"><td className="py-1 pr-3">{r.label}</td><td>{num(r.a.alpha)}</td><td>{r.a.units}</td><td>{r.a.pairable}</td></tr>)}
      </tbody>
    </table>
  );
}
