import type { Db } from '../client.ts';
import type { CompareClaim, CompareDocument } from '../../engine/compare/index.ts';
import type { Qualifier } from '../../generated/prisma/client.ts';
import type { EntityType, Lang } from '../../engine/types.ts';
import { AppError } from '../../errors.ts';
import { isoPublished } from '../../documents/published-date.ts';
import { qualifierFromDb } from '../../services/claim-records.ts';

export type DocumentHeader = { id: string; title: string; published: string | null; publishedAt: Date | null; datePrecision: 'day' | 'month' | 'year' | null; language: string };

/** Claims of the given documents in the engine's comparison shape (rejected and deleted left out). */
export type LoadedDocuments = { headers: DocumentHeader[]; docs: CompareDocument[] };

type ClaimRow = { id: string; documentId: string; text: string; start: number; kind: CompareClaim['kind']; speaker: string | null; hedged: boolean; negated: boolean; entities: unknown };
type QuantityRow = { claimId: string; text: string; start: number; end: number; value: number; low: number | null; high: number | null; qualifier: Qualifier; unit: string | null; subject: string | null };

const jsonOf = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/** The claims and their quantities in two plain queries (with Prisma's nested include the load took 0.19 s at 1,400 claims, 0.08 s so). */
async function claimsOf(db: Db, ids: string[]) {
  const [claims, quantities] = await Promise.all([
    db.$queryRaw<ClaimRow[]>`
      SELECT id, "documentId", text, start, kind::text AS kind, speaker, hedged, negated, entities FROM "Claim"
      WHERE "documentId" = ANY(${ids}::text[]) AND "deletedAt" IS NULL AND status <> 'rejected'
      ORDER BY "documentId", start, id`,
    db.$queryRaw<QuantityRow[]>`
      SELECT q."claimId", q.text, q.start, q."end", q.value, q.low, q.high, q.qualifier::text AS qualifier, q.unit, q.subject
      FROM "Quantity" q JOIN "Claim" c ON c.id = q."claimId"
      WHERE c."documentId" = ANY(${ids}::text[]) AND c."deletedAt" IS NULL AND c.status <> 'rejected'
      ORDER BY q."claimId", q.start, q.id`,
  ]);
  const byClaim = new Map<string, QuantityRow[]>();
  for (const q of quantities) byClaim.set(q.claimId, [...(byClaim.get(q.claimId) ?? []), q]);
  return claims.map((c) => ({ ...c, quantities: byClaim.get(c.id) ?? [] }));
}

export async function loadCompareDocuments(db: Db, ids: string[]): Promise<LoadedDocuments> {
  const [rows, claims] = await Promise.all([
    db.document.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, language: true, publishedAt: true, datePrecision: true } }),
    claimsOf(db, ids),
  ]);
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
    claims: claims
      .filter((c) => c.documentId === r.id)
      .map((c) => ({
        id: c.id,
        documentId: r.id,
        text: c.text,
        start: Number(c.start),
        kind: c.kind,
        speaker: c.speaker,
        hedged: c.hedged,
        negated: c.negated,
        lang: r.language as Lang,
        published: headers[i].published ?? undefined,
        entities: (jsonOf(c.entities) as { canonical?: string; type?: EntityType }[]).filter((e) => e.canonical).map((e) => ({ canonical: e.canonical!, type: e.type ?? 'other' })),
        quantities: c.quantities.map((q) => ({
          text: q.text,
          start: Number(q.start),
          end: Number(q.end),
          value: Number(q.value),
          ...(q.low !== null ? { low: Number(q.low) } : {}),
          ...(q.high !== null ? { high: Number(q.high) } : {}),
          qualifier: qualifierFromDb(q.qualifier),
          unit: q.unit,
          subject: q.subject,
        })),
      })),
  }));
  return { headers, docs };
}
