import type { Db } from '../db/client.ts';
import { inSnapshot } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { ExportDocument } from '../exports/types.ts';
import type { ExportScope } from '../exports/scope.ts';

// Loads what an export shows: documents with their live claims and the claims' topic links
// (rejected links left out: they say the claim is not about that topic). A topic export keeps
// only the claims linked to that topic, and only that link.

const name = (u: { name: string; email: string } | null) => (u ? u.name || u.email : null);

async function documentIds(db: Db, scope: ExportScope): Promise<{ ids: string[] | null; topicId: string | null }> {
  if (scope.kind === 'all') return { ids: null, topicId: null };
  if (scope.kind === 'topic') {
    const topic = await db.topic.findUnique({ where: { id: scope.id }, select: { id: true } });
    if (!topic) throw new AppError('NOT_FOUND', 'There is no such topic.');
    return { ids: null, topicId: topic.id };
  }
  const ids = scope.kind === 'document' ? [scope.id] : scope.ids;
  const found = await db.document.findMany({ where: { id: { in: ids } }, select: { id: true } });
  const missing = ids.filter((id) => !found.some((d) => d.id === id));
  if (missing.length) throw new AppError('NOT_FOUND', `There is no document ${missing[0]}.`);
  return { ids, topicId: null };
}

export async function loadExportData(db: Db, scope: ExportScope): Promise<ExportDocument[]> {
  return inSnapshot(db, async (db) => {
    const { ids, topicId } = await documentIds(db, scope);
    const linkWhere: Prisma.ClaimTopicWhereInput = { status: { not: 'rejected' }, ...(topicId && { topicId }) };
    const claimWhere: Prisma.ClaimWhereInput = { deletedAt: null, ...(topicId && { topics: { some: linkWhere } }) };
    const docs = await db.document.findMany({
      where: { ...(ids && { id: { in: ids } }), ...(topicId && { claims: { some: claimWhere } }) },
      orderBy: [{ publishedAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
      include: {
        source: { select: { name: true, url: true } },
        claims: {
          where: claimWhere,
          orderBy: [{ start: 'asc' }, { id: 'asc' }],
          include: {
            createdBy: { select: { name: true, email: true } },
            topics: { where: linkWhere, orderBy: { topicId: 'asc' }, include: { topic: { select: { label: true } } } },
          },
        },
      },
    });
    const raterIds = [...new Set(docs.flatMap((d) => d.claims.map((c) => c.ratedById)).filter((id): id is string => !!id))];
    const raters = new Map((await db.user.findMany({ where: { id: { in: raterIds } }, select: { id: true, name: true, email: true } })).map((u) => [u.id, name(u)]));
    return docs.map((d) => ({
      id: d.id,
      title: d.title,
      authors: d.authors,
      url: d.url,
      outlet: d.source?.name ?? null,
      outletUrl: d.source?.url ?? null,
      language: d.language,
      kind: d.kind,
      publishedAt: d.publishedAt,
      text: d.text,
      claims: d.claims.map((c) => ({
        id: c.id,
        text: c.text,
        start: c.start,
        end: c.end,
        prefix: c.prefix,
        suffix: c.suffix,
        kind: c.kind,
        voice: c.voice,
        speaker: c.speaker,
        hedged: c.hedged,
        negated: c.negated,
        checkworthiness: c.checkworthiness,
        origin: c.origin,
        status: c.status,
        orphaned: c.orphaned,
        rating: c.rating,
        ratingLabel: c.ratingLabel,
        ratedBy: c.ratedById ? (raters.get(c.ratedById) ?? null) : null,
        ratedAt: c.ratedAt,
        createdBy: name(c.createdBy),
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        links: c.topics.map((l) => ({ topicId: l.topicId, topicLabel: l.topic.label, stance: l.stance, status: l.status, origin: l.origin })),
      })),
    }));
  });
}
