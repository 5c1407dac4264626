import type { ExerciseDocument, SentenceHeat } from '@/lib/teaching/types';

// The projector view: each sentence shaded by how many students marked it (and the count shown,
// so the shading never carries the information alone).
const shades = ['', 'bg-amber-50', 'bg-amber-100', 'bg-amber-200', 'bg-amber-300', 'bg-amber-400'];

export function shadeFor(marked: number, students: number): string {
  if (marked === 0 || students === 0) return shades[0];
  return shades[Math.max(1, Math.round((marked / students) * (shades.length - 1)))];
}

export function HeatMap({ document: doc, sentences, students }: { document: ExerciseDocument; sentences: SentenceHeat[]; students: number }) {
  const own = sentences.filter((s) => s.documentId === doc.id);
  return (
    <div className="max-w-prose font-serif text-[1.05rem] leading-relaxed text-stone-800" data-testid="heat-map">
      {own.map((s) => (
        <span key={s.id} data-sentence={s.id} data-marked={s.marked} className={`${shadeFor(s.marked, students)} rounded-sm`} title={`${s.marked} of ${students} students marked this sentence`}>
          {s.marked > 0 && <sup className="mr-0.5 rounded bg-stone-700 px-1 font-sans text-[0.6rem] font-bold text-white">{s.marked}</sup>}
          {doc.text.slice(s.start, s.end)}{' '}
        </span>
      ))}
    </div>
  );
}
