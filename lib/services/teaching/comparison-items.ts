import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import type { ComparisonItemView, ComparisonWork, PairRelationName } from '../../teaching/types.ts';
import { loadExerciseFor } from './class-access.ts';

// Shared by the comparison exercise's use cases: which exercise, and which of the actor's items.

export const itemSelect = { id: true, documentId: true, claimId: true, start: true, end: true, quote: true, stance: true } as const;
export const pairSelect = { id: true, leftItemId: true, rightItemId: true, relation: true } as const;

/** A comparison exercise the actor belongs to (NOT_FOUND for outsiders, BAD_INPUT for an annotation exercise). */
export async function loadComparisonFor(db: Db, actor: Actor, exerciseId: string) {
  const loaded = await loadExerciseFor(db, actor, exerciseId);
  if (loaded.exercise.mode !== 'compare') throw new AppError('BAD_INPUT', 'exerciseId: this exercise is not a comparison exercise.');
  return loaded;
}

/** One of the actor's own items; someone else's looks exactly like a missing one. */
export async function loadOwnItem(db: Db, actor: Actor, itemId: string) {
  const found = await db.comparisonItem.findUnique({ where: { id: itemId }, select: { ...itemSelect, submissionId: true, submission: { select: { studentId: true, exerciseId: true } } } });
  if (!found || found.submission.studentId !== actor.id) throw new AppError('NOT_FOUND', 'There is no such item of yours.');
  return found;
}

const workSelect = {
  comparisonItems: { orderBy: [{ documentId: 'asc' as const }, { start: 'asc' as const }], select: itemSelect },
  comparisonPairs: { orderBy: { createdAt: 'asc' as const }, select: pairSelect },
};

type WorkRow = { comparisonItems: ComparisonItemView[]; comparisonPairs: { id: string; leftItemId: string; rightItemId: string; relation: string }[] };
const asWork = (row: WorkRow | null): ComparisonWork => ({ items: row?.comparisonItems ?? [], pairs: (row?.comparisonPairs ?? []).map((p) => ({ ...p, relation: p.relation as PairRelationName })) });

/** One person's items and pairs on the exercise (empty when they have not started). */
export async function loadWork(db: Db, exerciseId: string, studentId: string): Promise<ComparisonWork> {
  const row = await db.submission.findUnique({ where: { exerciseId_studentId: { exerciseId, studentId } }, select: workSelect });
  return asWork(row);
}

/** Every submitted student's work (the teacher's own answer excluded), first submitted first. */
export async function loadSubmittedWork(db: Db, exerciseId: string, teacherId: string) {
  const rows = await db.submission.findMany({
    where: { exerciseId, submittedAt: { not: null }, studentId: { not: teacherId } },
    orderBy: { submittedAt: 'asc' },
    select: { student: { select: { id: true, name: true } }, ...workSelect },
  });
  return rows.map((r) => ({ id: r.student.id, name: r.student.name, work: asWork(r) }));
}

/** The accepted claims of the exercise's documents: what students may link besides their own spans (text only). */
export async function loadLinkableClaims(db: Db, documentIds: string[]) {
  return db.claim.findMany({
    where: { documentId: { in: documentIds }, status: 'accepted', deletedAt: null, orphaned: false },
    orderBy: [{ documentId: 'asc' }, { start: 'asc' }],
    select: { id: true, documentId: true, start: true, end: true, text: true },
  });
}
