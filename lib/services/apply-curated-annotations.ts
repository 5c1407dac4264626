import type { Db } from '../db/client.ts';
import type { Actor } from '../auth/policy.ts';
import { AppError } from '../errors.ts';
import { curatedAnnotationsSchema } from '../schemas/curated.ts';
import { createTopic } from './create-topic.ts';
import { linkClaimTopic } from './link-claim-topic.ts';
import { setLinkStatus } from './set-link-status.ts';

export type CuratedResult = { comparisons: number; topics: number; links: number };

/**
 * Loads editor-curated annotations through the same services an editor's clicks use, as that
 * editor. Idempotent: comparisons by title, topics by label, links by claim + topic.
 */
export async function applyCuratedAnnotations(db: Db, editor: Actor, raw: unknown, documentIdByFile: Map<string, string>): Promise<CuratedResult> {
  const data = curatedAnnotationsSchema.parse(raw);
  const docId = (file: string) => {
    const id = documentIdByFile.get(file);
    if (!id) throw new AppError('BAD_INPUT', `curated annotations name ${file}, which was not imported`);
    return id;
  };
  const result: CuratedResult = { comparisons: 0, topics: 0, links: 0 };
  for (const c of data.comparisons) {
    if (await db.savedComparison.findFirst({ where: { title: c.title } })) continue;
    await db.savedComparison.create({ data: { title: c.title, documentIds: c.files.map(docId), curated: true } });
    result.comparisons++;
  }
  for (const t of data.topics) {
    const topic = (await db.topic.findFirst({ where: { label: t.label, origin: 'human' } })) ?? (result.topics++, await createTopic(db, editor, { label: t.label, question: t.question }));
    for (const l of t.links) {
      const claim = await db.claim.findFirst({ where: { documentId: docId(l.file), deletedAt: null, text: { contains: l.quote } }, orderBy: { start: 'asc' } });
      if (!claim) throw new AppError('BAD_INPUT', `curated quote not found in ${l.file}: “${l.quote}”`);
      const existing = await db.claimTopic.findUnique({ where: { claimId_topicId: { claimId: claim.id, topicId: topic.id } } });
      if (existing?.origin === 'human') continue;
      const link = await linkClaimTopic(db, editor, { claimId: claim.id, topicId: topic.id, stance: l.stance });
      await setLinkStatus(db, editor, { items: [{ id: link.id, version: link.version }], status: 'accepted', comment: l.note ?? 'curated demo annotation' });
      result.links++;
    }
  }
  return result;
}
