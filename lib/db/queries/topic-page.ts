import type { Db } from '../client.ts';
import { AppError } from '../../errors.ts';
import { isId } from '../../schemas/safe-text.ts';
import { isoPublished } from '../../documents/published-date.ts';

// The topic page at any size: a topic can have thousands of linked claims, so the page reads one
// page of them (keyset on publication date, claim position, link id) plus counts and chart data
// aggregated in SQL. The charts are capped (evenly thinned over time), the list is complete page by page.

export const TOPIC_PAGE_SIZE = 50;
const MAX_POINTS = 400;
const MAX_SERIES_POINTS = 200;
const MAX_SERIES = 12;

type Precision = 'day' | 'month' | 'year' | null;
type StanceName = 'supports' | 'opposes' | 'neutral' | 'mixed';

export type TopicPageLink = {
  id: string;
  version: number;
  stance: StanceName;
  status: string;
  origin: string;
  rationale: string;
  claim: { id: string; text: string; hedged: boolean; speaker: string | null; document: { id: string; title: string; publishedAt: Date | null; datePrecision: Precision } };
};
export type TopicTimeline = {
  points: { at: Date; published: string; stance: StanceName; text: string }[];
  buckets: { published: string; stance: StanceName; count: number }[];
  series: { key: string; points: { at: Date; published: string; value: number; text: string }[] }[];
};
export type TopicPage = {
  topic: { id: string; label: string; question: string | null; origin: string; version: number };
  total: number;
  links: TopicPageLink[];
  /** Cursor of the next page, null on the last one. */
  next: string | null;
  timeline: TopicTimeline;
};

type Key = { at: string; start: number; id: string };
const encodeCursor = (k: Key) => Buffer.from(JSON.stringify([k.at, k.start, k.id])).toString('base64url');
function decodeCursor(raw: string | undefined): Key | null {
  if (!raw) return null;
  try {
    const [at, start, id] = JSON.parse(Buffer.from(raw, 'base64url').toString()) as unknown[];
    if (typeof at === 'string' && (at === 'infinity' || !Number.isNaN(Date.parse(at))) && Number.isInteger(start) && typeof id === 'string' && isId(id)) return { at, start: start as number, id };
  } catch {
    // falls through: an unreadable cursor starts from the beginning
  }
  return null;
}

const published = (at: Date, p: Precision) => isoPublished(at, p);

type LinkRow = { id: string; version: number; stance: StanceName; status: string; origin: string; rationale: string; claimId: string; text: string; hedged: boolean; speaker: string | null; start: number; documentId: string; title: string; publishedAt: Date | null; datePrecision: Precision; k: string };

/** One page of a topic's live claims, oldest first, with the total and the charts' data. */
export async function getTopicPage(db: Db, id: string, options: { after?: string; limit?: number } = {}): Promise<TopicPage> {
  if (!isId(id)) throw new AppError('NOT_FOUND', 'There is no such topic.');
  const limit = Math.min(Math.max(1, options.limit ?? TOPIC_PAGE_SIZE), 200);
  const after = decodeCursor(options.after);
  const topic = await db.topic.findUnique({ where: { id }, select: { id: true, label: true, question: true, origin: true, version: true } });
  if (!topic) throw new AppError('NOT_FOUND', `No topic with id ${id}`);
  // 'infinity' sorts undated documents last; the key is compared as text in ISO form.
  const [rows, [{ total }], points, buckets, quantities] = await Promise.all([
    db.$queryRaw<LinkRow[]>`
      SELECT ct.id, ct.version, ct.stance::text AS stance, ct.status::text AS status, ct.origin::text AS origin, ct.rationale,
             c.id AS "claimId", c.text, c.hedged, c.speaker, c.start, d.id AS "documentId", d.title, d."publishedAt", d."datePrecision"::text AS "datePrecision",
             COALESCE(d."publishedAt", 'infinity')::text AS k
      FROM "ClaimTopic" ct JOIN "Claim" c ON c.id = ct."claimId" JOIN "Document" d ON d.id = c."documentId"
      WHERE ct."topicId" = ${id} AND c."deletedAt" IS NULL
        AND (${after?.at ?? null}::text IS NULL OR (COALESCE(d."publishedAt", 'infinity'), c.start, ct.id) > (${after?.at ?? null}::timestamp, ${after?.start ?? 0}::int, ${after?.id ?? ''}::text))
      ORDER BY COALESCE(d."publishedAt", 'infinity'), c.start, ct.id
      LIMIT ${limit + 1}`,
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM "ClaimTopic" ct JOIN "Claim" c ON c.id = ct."claimId" WHERE ct."topicId" = ${id} AND c."deletedAt" IS NULL`,
    db.$queryRaw<{ publishedAt: Date; datePrecision: Precision; stance: StanceName; text: string }[]>`
      SELECT "publishedAt", "datePrecision", stance, text FROM (
        SELECT d."publishedAt", d."datePrecision"::text AS "datePrecision", ct.stance::text AS stance, left(c.text, 90) AS text,
               row_number() OVER (ORDER BY d."publishedAt", ct.id) AS rn, count(*) OVER () AS n
        FROM "ClaimTopic" ct JOIN "Claim" c ON c.id = ct."claimId" JOIN "Document" d ON d.id = c."documentId"
        WHERE ct."topicId" = ${id} AND c."deletedAt" IS NULL AND ct.status <> 'rejected' AND d."publishedAt" IS NOT NULL
      ) p WHERE (rn - 1) % GREATEST(1, ceil(n / ${MAX_POINTS}::float8))::int = 0 ORDER BY rn`,
    db.$queryRaw<{ publishedAt: Date; datePrecision: Precision; stance: StanceName; count: number }[]>`
      SELECT d."publishedAt", d."datePrecision"::text AS "datePrecision", ct.stance::text AS stance, count(*)::int AS count
      FROM "ClaimTopic" ct JOIN "Claim" c ON c.id = ct."claimId" JOIN "Document" d ON d.id = c."documentId"
      WHERE ct."topicId" = ${id} AND c."deletedAt" IS NULL AND ct.status <> 'rejected' AND d."publishedAt" IS NOT NULL
      GROUP BY 1, 2, 3`,
    db.$queryRaw<{ key: string; publishedAt: Date; datePrecision: Precision; value: number; text: string }[]>`
      WITH q AS (
        SELECT concat_ws(' · ', NULLIF(q.subject, ''), NULLIF(q.unit, '')) AS key, d."publishedAt", d."datePrecision"::text AS "datePrecision", q.value, q.text,
               row_number() OVER (PARTITION BY q.subject, q.unit ORDER BY d."publishedAt", q.id) AS rn, count(*) OVER (PARTITION BY q.subject, q.unit) AS n
        FROM "ClaimTopic" ct JOIN "Claim" c ON c.id = ct."claimId" JOIN "Document" d ON d.id = c."documentId" JOIN "Quantity" q ON q."claimId" = c.id
        WHERE ct."topicId" = ${id} AND c."deletedAt" IS NULL AND ct.status <> 'rejected' AND d."publishedAt" IS NOT NULL
          AND (NULLIF(q.subject, '') IS NOT NULL OR NULLIF(q.unit, '') IS NOT NULL)
      ),
      top AS (SELECT key FROM q GROUP BY key ORDER BY max(n) DESC, key LIMIT ${MAX_SERIES})
      SELECT key, "publishedAt", "datePrecision", value, text FROM q
      WHERE key IN (SELECT key FROM top) AND (rn - 1) % GREATEST(1, ceil(n / ${MAX_SERIES_POINTS}::float8))::int = 0
      ORDER BY key, "publishedAt", rn`,
  ]);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const series = new Map<string, TopicTimeline['series'][number]>();
  for (const q of quantities) {
    const s = series.get(q.key) ?? { key: q.key, points: [] };
    s.points.push({ at: q.publishedAt, published: published(q.publishedAt, q.datePrecision), value: Number(q.value), text: q.text });
    series.set(q.key, s);
  }
  return {
    topic,
    total,
    next: rows.length > limit && last ? encodeCursor({ at: last.k, start: Number(last.start), id: last.id }) : null,
    links: page.map((r) => ({
      id: r.id,
      version: r.version,
      stance: r.stance,
      status: r.status,
      origin: r.origin,
      rationale: r.rationale,
      claim: { id: r.claimId, text: r.text, hedged: r.hedged, speaker: r.speaker, document: { id: r.documentId, title: r.title, publishedAt: r.publishedAt, datePrecision: r.datePrecision } },
    })),
    timeline: {
      points: points.map((p) => ({ at: p.publishedAt, published: published(p.publishedAt, p.datePrecision), stance: p.stance, text: p.text })),
      buckets: buckets.map((b) => ({ published: published(b.publishedAt, b.datePrecision), stance: b.stance, count: b.count })),
      series: [...series.values()],
    },
  };
}
