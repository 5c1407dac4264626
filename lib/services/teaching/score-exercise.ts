import { krippendorffAlpha, pairwiseKappa, rankDisagreement, scoreAgainstReference, type AnnotatedSpan, type Rating } from '../../engine/agreement/index.ts';
import { segmentSentences } from '../../engine/index.ts';
import type { AlphaView, AnnotationView, ExerciseDocument, SentenceHeat, StudentResult } from '../../teaching/types.ts';

// The one place teaching mode meets the agreement statistics (lib/engine/agreement, pure).
// An exercise may span several documents: their offsets are laid end to end (each document
// starts after the previous one's length + 1), so a span never matches one in another document.

export type ScoringInput = {
  documents: ExerciseDocument[];
  fields: string[];
  reference: AnnotationView[];
  students: { id: string; name: string; annotations: AnnotationView[] }[];
};

const UNMARKED = 'unmarked';
const MARKED = 'marked';
const alphaFields = ['kind', 'stance', 'hedged'] as const;

type Placed = AnnotationView & { at: number; to: number };
type Sentence = SentenceHeat & { at: number; to: number };

export function offsets(documents: { id: string; text: string }[]) {
  const base = new Map<string, number>();
  let next = 0;
  for (const d of documents) {
    base.set(d.id, next);
    next += d.text.length + 1;
  }
  return base;
}

const place = (base: Map<string, number>, spans: AnnotationView[]): Placed[] =>
  spans.filter((s) => base.has(s.documentId)).map((s) => ({ ...s, at: base.get(s.documentId)! + s.start, to: base.get(s.documentId)! + s.end }));

function fieldsOf(span: AnnotationView, fields: string[]): AnnotatedSpan['fields'] {
  const out: Record<string, string | boolean | null> = {};
  for (const f of fields) {
    const v = span[f as keyof AnnotationView];
    if (v !== undefined && v !== null) out[f] = v as string | boolean;
  }
  return out;
}

function sentencesOf(documents: ExerciseDocument[], base: Map<string, number>): Sentence[] {
  return documents.flatMap((d) =>
    segmentSentences(d.text, d.language === 'en' ? 'en' : 'de').map((s) => ({
      id: `${d.id}:${s.index}`, documentId: d.id, start: s.start, end: s.end, at: base.get(d.id)! + s.start, to: base.get(d.id)! + s.end, marked: 0, disagreement: 0, counts: [],
    })),
  );
}

const shared = (a: { at: number; to: number }, b: { at: number; to: number }) => Math.max(0, Math.min(a.to, b.to) - Math.max(a.at, b.at));

/** Per sentence, the student's span sharing most characters with it (none: the sentence is unmarked). */
function bestSpan(sentence: Sentence, spans: Placed[]): Placed | null {
  let best: Placed | null = null;
  for (const s of spans) if (shared(s, sentence) > (best ? shared(best, sentence) : 0)) best = s;
  return best;
}

function sentenceRatings(sentences: Sentence[], students: { id: string; spans: Placed[] }[], fields: string[]) {
  const marking: Rating[] = [];
  const byField = new Map<string, Rating[]>(alphaFields.map((f) => [f, []]));
  for (const student of students) {
    for (const sentence of sentences) {
      const best = bestSpan(sentence, student.spans);
      const label = best ? (fields.includes('kind') && best.kind ? best.kind : MARKED) : UNMARKED;
      marking.push({ unit: sentence.id, annotator: student.id, value: label });
      for (const f of alphaFields) {
        const v = best?.[f];
        if (fields.includes(f) && v !== null && v !== undefined) byField.get(f)!.push({ unit: sentence.id, annotator: student.id, value: String(v) });
      }
    }
  }
  return { marking, byField };
}

export function scoreExercise(input: ScoringInput) {
  const base = offsets(input.documents);
  const reference = place(base, input.reference);
  const students = input.students.map((s) => ({ ...s, spans: place(base, s.annotations) }));
  const scored = scoreAgainstReference({
    reference: reference.map((r) => ({ start: r.at, end: r.to, fields: fieldsOf(r, input.fields) })),
    students: students.map((s) => ({ student: s.id, spans: s.spans.map((p) => ({ start: p.at, end: p.to, fields: fieldsOf(p, input.fields) })) })),
    fields: input.fields,
  });
  const results: StudentResult[] = students.map((s, i) => {
    const { exact, overlap, fields } = scored[i];
    return {
      id: s.id,
      name: s.name,
      annotations: s.spans.length,
      exact: { precision: exact.precision, recall: exact.recall, f1: exact.f1 },
      overlap: { tp: overlap.tp, fp: overlap.fp, fn: overlap.fn, precision: overlap.precision, recall: overlap.recall, f1: overlap.f1 },
      fields,
      matchedReference: overlap.pairs.map(([r]) => reference[r].id),
      matchedOwn: overlap.pairs.map(([, p]) => s.spans[p].id),
    };
  });

  const sentences = sentencesOf(input.documents, base);
  const { marking, byField } = sentenceRatings(sentences, students, input.fields);
  const ranked = rankDisagreement(marking, { unitOrder: sentences.map((s) => s.id) });
  const bySentence = new Map(ranked.map((u) => [u.unit, u]));
  const heat: SentenceHeat[] = sentences.map(({ at: _at, to: _to, ...s }) => {
    const u = bySentence.get(s.id)!;
    const counts = u.counts.map((c) => ({ value: String(c.value), count: c.count }));
    return { ...s, disagreement: u.disagreement, counts, marked: counts.reduce((n, c) => n + (c.value === UNMARKED ? 0 : c.count), 0) };
  });
  const markedOnly = marking.map((r) => ({ ...r, value: r.value === UNMARKED ? UNMARKED : MARKED }));
  const alpha: AlphaView[] = [
    { field: 'marked', ...pick(krippendorffAlpha(markedOnly, 'nominal')) },
    ...alphaFields.filter((f) => input.fields.includes(f)).map((f) => ({ field: f, ...pick(krippendorffAlpha(byField.get(f)!, 'nominal')) })),
  ];
  const kappa = pairwiseKappa(marking).map((k) => ({ a: k.a, b: k.b, kappa: k.kappa, n: k.n }));
  const disagreement = ranked.filter((u) => u.disagreement > 0).map((u) => u.unit);
  return { students: results, alpha, pairwiseKappa: kappa, sentences: heat, disagreement };
}

const pick = (r: { alpha: number | null; units: number; annotators: number; pairable: number }) => ({ alpha: r.alpha, units: r.units, annotators: r.annotators, pairable: r.pairable });
