import type { Db } from '../client.ts';
import type { CompareDocument } from '../../engine/compare/index.ts';
import type { EntityType, Lang } from '../../engine/types.ts';
import { AppError } from '../../errors.ts';
import { isoPublished } from '../../documents/published-date.ts';
import { qualifierFromDb } from '../../services/claim-records.ts';

export type DocumentHeader = { id: string; title: string; published: string | null; publishedAt: Date | null; datePrecision: 'day' | 'month' | 'year' | null; language: string };

/** Claims of the given documents in the engine's comparison shape (rejected and deleted left out). */
export type LoadedDocuments = { headers: DocumentHeader[]; docs: CompareDocument[] };

export async function loadCompareDocuments(db: Db, ids: string[]): Promise<LoadedDocuments> {
  const rows = await db.document.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      title: true,
      language: true,
      publishedAt: true,
      datePrecision: true,
      claims: {
        where: { deletedAt: null, status: { not: 'rejected' } },
        orderBy: { start: 'asc' },
        include: { quantities: true },
      },
    },
  });
  const missing = ids.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) throw new AppError('NOT_FOUND', `No document with id ${missing.join(', ')}`);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.map((id) => byId.get(id)!);
  const headers = ordered.map((r) => ({
    id: r.id,
    title: r.title,
    language: r.language,
    publishedAt: r.publishedAt,
    datePrecision: r.datePrecision,
    published: r.publishedAt ? isoPublished(r.publishedAt, r.datePrecision) : null,
  }));
  const docs = ordered.map((r, i) => ({
    id: r.id,
    published: headers[i].published ?? undefined,
    claims: r.claims.map((c) => ({
      id: c.id,
      documentId: r.id,
      text: c.text,
      start: c.start,
      kind: c.kind,
      speaker: c.speaker,
      hedged: c.hedged,
      negated: c.negated,
      lang: r.language as Lang,
      published: headers[i].published ?? undefined,
      entities: (c.entities as { canonical?: string; type?: EntityType }[]).filter((e) => e.canonical).map((e) => ({ canonical: e.canonical!, type: e.type ?? 'other' })),
      quantities: c.quantities.map((q) => ({
        text: q.text,
        start: q.start,
        end: q.end,
        value: q.value,
        ...(q.low !== null ? { low: q.low } : {}),
        ...(q.high !== null ? { high: q.high } : {}),
        qualifier: qualifierFromDb(q.qualifier),
        unit: q.unit,
        subject: q.subject,
      })),
    })),
  }));
  return { headers, docs };
}
