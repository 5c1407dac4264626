import type { ExerciseResults } from '@/lib/teaching/types';

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${Math.round(v * 100)}%`);
const num = (v: number | null) => (v === null ? 'n/a' : v.toFixed(2));
const th = 'py-1 pr-3 font-medium';

/** Per student: span precision / recall / F1 against the reference, and accuracy per field. */
export function ScoreTable({ results, selected }: { results: ExerciseResults; selected: string | null }) {
  return (
    <table className="w-full text-left text-sm" data-testid="score-table">
      <thead className="text-xs text-stone-500">
        <tr><th className={th}>Student</th><th className={th}>Marked</th><th className={th}>Found (recall)</th><th className={th}>Precision</th><th className={th}>F1 overlap</th><th className={th}>F1 exact</th>{results.fields.map((f) => <th key={f} className={th}>{f}</th>)}<th className="no-print" /></tr>
      </thead>
      <tbody>
        {results.students.map((s) => (
          <tr key={s.id} className={`border-t border-stone-200 ${s.id === selected ? 'bg-indigo-50' : ''}`} data-student={s.name}>
            <td className="py-1 pr-3">{s.name}</td>
            <td>{s.annotations}</td>
            <td>{s.overlap.tp} of {s.overlap.tp + s.overlap.fn} ({pct(s.overlap.recall)})</td>
            <td>{pct(s.overlap.precision)}</td>
            <td data-testid="f1">{pct(s.overlap.f1)}</td>
            <td>{pct(s.exact.f1)}</td>
            {results.fields.map((f) => <td key={f}>{pct(s.fields.find((x) => x.field === f)?.accuracy)}</td>)}
            <td className="no-print"><a href={`?student=${encodeURIComponent(s.id)}#side-by-side`} className="text-indigo-700 hover:underline">compare</a></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The class's agreement: Krippendorff's alpha per field over sentences, and Cohen's kappa per pair. */
export function AgreementTables({ results }: { results: ExerciseResults }) {
  const names = new Map(results.students.map((s) => [s.id, s.name]));
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <table className="text-left text-sm" data-testid="alpha-table">
        <caption className="text-left font-semibold">Krippendorff&apos;s alpha (nominal, per sentence)</caption>
        <thead className="text-xs text-stone-500"><tr><th className={th}>On</th><th className={th}>alpha</th><th className={th}>sentences</th><th className={th}>values</th></tr></thead>
        <tbody>
          {results.alpha.map((a) => (
            <tr key={a.field} className="border-t border-stone-200"><td className="py-1 pr-3">{a.field === 'marked' ? 'marked or not' : a.field}</td><td>{num(a.alpha)}</td><td>{a.units}</td><td>{a.pairable}</td></tr>
          ))}
        </tbody>
      </table>
      <table className="text-left text-sm" data-testid="kappa-table">
        <caption className="text-left font-semibold">Cohen&apos;s kappa per pair (sentence marked, with kind)</caption>
        <thead className="text-xs text-stone-500"><tr><th className={th}>Students</th><th className={th}>kappa</th><th className={th}>sentences</th></tr></thead>
        <tbody>
          {results.pairwiseKappa.map((k) => (
            <tr key={`${k.a}:${k.b}`} className="border-t border-stone-200"><td className="py-1 pr-3">{names.get(k.a)} – {names.get(k.b)}</td><td>{num(k.kappa)}</td><td>{k.n}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Sentences where the class disagrees most, with what was said about each. */
export function DisagreementList({ results, limit = 10 }: { results: ExerciseResults; limit?: number }) {
  const byId = new Map(results.sentences.map((s) => [s.id, s]));
  const texts = new Map(results.documents.map((d) => [d.id, d.text]));
  const top = results.disagreement.slice(0, limit).map((id) => byId.get(id)!);
  if (top.length === 0) return <p className="text-sm text-stone-500">The class agreed on every sentence.</p>;
  return (
    <ol className="list-decimal space-y-2 pl-6 text-sm" data-testid="disagreement-list">
      {top.map((s) => (
        <li key={s.id}>
          <q className="font-serif">{texts.get(s.documentId)?.slice(s.start, s.end)}</q>
          <div className="text-xs text-stone-600">{s.counts.map((c) => `${c.value}: ${c.count}`).join(' · ')} — disagreement {Math.round(s.disagreement * 100)}%</div>
        </li>
      ))}
    </ol>
  );
}
