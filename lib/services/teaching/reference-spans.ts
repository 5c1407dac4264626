import type { Db } from '../../db/client.ts';
import type { AnnotationView } from '../../teaching/types.ts';
import type { LoadedExercise } from './class-access.ts';

// The reference an exercise is scored against: the teacher's own annotation, or the documents'
// accepted claims as they are now (with the stance of their link to one of the exercise's topics).

export const annotationSelect = { id: true, documentId: true, start: true, end: true, quote: true, kind: true, speaker: true, hedged: true, stance: true, topicId: true } as const;

export async function loadReference(db: Db, exercise: LoadedExercise): Promise<AnnotationView[]> {
  if (exercise.reference === 'teacher') {
    return db.studentAnnotation.findMany({
      where: { submission: { exerciseId: exercise.id, studentId: exercise.class.teacherId } },
      orderBy: [{ documentId: 'asc' }, { start: 'asc' }],
      select: annotationSelect,
    });
  }
  const claims = await db.claim.findMany({
    where: { documentId: { in: exercise.documentIds }, status: 'accepted', deletedAt: null, orphaned: false },
    orderBy: [{ documentId: 'asc' }, { start: 'asc' }],
    select: { id: true, documentId: true, start: true, end: true, text: true, kind: true, speaker: true, hedged: true, topics: { where: { topicId: { in: exercise.topicIds } }, select: { topicId: true, stance: true }, take: 1 } },
  });
  return claims.map((c) => ({
    id: c.id,
    documentId: c.documentId,
    start: c.start,
    end: c.end,
    quote: c.text,
    kind: c.kind,
    speaker: c.speaker,
    hedged: c.hedged,
    stance: c.topics[0]?.stance ?? null,
    topicId: c.topics[0]?.topicId ?? null,
  }));
}

/** The exercise's documents in the teacher's order (a deleted one drops out). */
export async function loadExerciseDocuments(db: Db, exercise: LoadedExercise) {
  const docs = await db.document.findMany({ where: { id: { in: exercise.documentIds } }, select: { id: true, title: true, text: true, language: true } });
  return exercise.documentIds.flatMap((id) => docs.filter((d) => d.id === id));
}
