import { inSnapshot, type Db } from '../client.ts';
import { AppError } from '../../errors.ts';
import { isId } from '../../schemas/safe-text.ts';
import { isoPublished } from '../../documents/published-date.ts';

/** A topic with every linked claim across all documents, ordered by publication date. */
export async function getTopic(db: Db, id: string) {
  if (!isId(id)) throw new AppError('NOT_FOUND', 'There is no such topic.');
  const topic = await inSnapshot(db, (snap) =>
    snap.topic.findUnique({
      where: { id },
      include: {
        claims: {
          where: { claim: { deletedAt: null } },
          include: {
            claim: {
              include: {
                quantities: true,
                document: { select: { id: true, title: true, publishedAt: true, datePrecision: true, source: { select: { name: true } } } },
              },
            },
          },
        },
      },
    }),
  );
  if (!topic) throw new AppError('NOT_FOUND', `No topic with id ${id}`);
  const links = topic.claims
    .map((l) => ({
      ...l,
      published: l.claim.document.publishedAt ? isoPublished(l.claim.document.publishedAt, l.claim.document.datePrecision) : null,
    }))
    .sort((a, b) => (a.claim.document.publishedAt?.getTime() ?? Infinity) - (b.claim.document.publishedAt?.getTime() ?? Infinity) || a.claim.start - b.claim.start);
  return { ...topic, claims: links };
}

export type TopicDetail = Awaited<ReturnType<typeof getTopic>>;

export const SAVED_COMPARISON_LIMIT = 24;

export function listSavedComparisons(db: Db) {
  // The home page shows the curated ones first, bounded: saved comparisons grow with the users.
  return db.savedComparison.findMany({ orderBy: [{ curated: 'desc' }, { createdAt: 'asc' }, { id: 'asc' }], take: SAVED_COMPARISON_LIMIT });
}
