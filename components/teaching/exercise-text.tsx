import { buildParagraphs } from '@/lib/documents/claim-segments';
import { kindStyle } from '@/components/reader/claim-style';
import type { AnnotationView } from '@/lib/teaching/types';

type Props = { documentId: string; text: string; spans: AnnotationView[]; testId?: string; tone?: 'own' | 'reference' };

// A document's text with one set of marked spans (a student's own, or the reference). Every
// piece carries data-o, its offset, so a selection maps back to the text (as in the reader).
export function ExerciseText({ documentId, text, spans, testId, tone = 'own' }: Props) {
  const paragraphs = buildParagraphs(text, spans);
  const byId = new Map(spans.map((s) => [s.id, s]));
  const base = tone === 'own' ? 'bg-indigo-100 decoration-indigo-700' : 'bg-emerald-100 decoration-emerald-700';
  return (
    <div className="max-w-prose space-y-4 font-serif text-[1.05rem] leading-relaxed text-stone-800" data-doc={documentId} data-testid={testId}>
      {paragraphs.map((p) => (
        <p key={p.start} className="whitespace-pre-line break-words">
          {p.pieces.map((piece) => {
            const slice = text.slice(piece.start, piece.end);
            const span = piece.claimId ? byId.get(piece.claimId) : undefined;
            if (!span) return <span key={piece.start} data-o={piece.start}>{slice}</span>;
            const kind = span.kind ? kindStyle[span.kind] : null;
            return (
              <mark key={piece.start} data-o={piece.start} data-annotation={span.id} title={kind?.label ?? 'marked'} className={`rounded-sm text-inherit underline decoration-2 underline-offset-4 ${kind ? kind.mark : base}`}>
                {slice}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
