import { z } from 'zod';
import type { Db } from '../client.ts';
import { idSchema, isId } from '../../schemas/safe-text.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { and, cappedCount, COUNT_CAP, decodeCursor, encodeCursor, type CappedCount } from './paging.ts';

export { countLabel, type CappedCount } from './paging.ts';

// The review queue: suggested claims and suggested claim-topic links, filtered by URL params.
// Pages by keyset, never by offset, in an order an index holds: claims by (document, position,
// id) on Claim_review_order_idx, links by (topic, created, id) on ClaimTopic_review_order_idx.
// Totals are counted up to REVIEW_COUNT_CAP: beyond it the page says "10,000+" instead of
// scanning every suggested claim of the corpus on each request.

export const REVIEW_PAGE_SIZE = 50;
export const REVIEW_COUNT_CAP = COUNT_CAP;

const cursorText = z.string().max(400).optional().catch(undefined);

export const reviewFilterSchema = z.object({
  document: idSchema.optional().catch(undefined),
  topic: idSchema.optional().catch(undefined),
  kind: z.enum(['quote', 'reported', 'factual', 'evaluative', 'prediction']).optional().catch(undefined),
  assignee: idSchema.optional().catch(undefined),
  origin: z.enum(['auto', 'human']).optional().catch(undefined),
  status: z.enum(['suggested', 'accepted', 'rejected', 'disputed']).default('suggested').catch('suggested'),
  /** Claims after / before this cursor (next / previous page). */
  after: cursorText,
  before: cursorText,
  /** Links after this cursor. */
  linksAfter: cursorText,
});
export type ReviewFilter = z.infer<typeof reviewFilterSchema>;

export type ReviewClaimItem = {
  id: string; version: number; text: string; kind: 'quote' | 'reported' | 'factual' | 'evaluative' | 'prediction';
  status: 'suggested' | 'accepted' | 'rejected' | 'disputed'; origin: string; assigneeId: string | null;
  document: { id: string; title: string };
};
export type ReviewClaimPage = { items: ReviewClaimItem[]; total: CappedCount; next: string | null; previous: string | null };

type ClaimKey = { documentId: string; start: number; id: string };
const encodeClaimKey = (k: ClaimKey) => encodeCursor([k.documentId, k.start, k.id]);
/** An unreadable cursor reads as none: the queue starts from its first page. */
function decodeClaimKey(raw: string | undefined): ClaimKey | null {
  const [documentId, start, id] = decodeCursor(raw) ?? [];
  return typeof documentId === 'string' && isId(documentId) && Number.isInteger(start) && typeof id === 'string' && isId(id) ? { documentId, start: start as number, id } : null;
}

type LinkKey = { topicId: string; createdAt: string; id: string };
const encodeLinkKey = (k: LinkKey) => encodeCursor([k.topicId, k.createdAt, k.id]);
function decodeLinkKey(raw: string | undefined): LinkKey | null {
  const [topicId, createdAt, id] = decodeCursor(raw) ?? [];
  return typeof topicId === 'string' && isId(topicId) && typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt)) && typeof id === 'string' && isId(id) ? { topicId, createdAt, id } : null;
}

function assigneeCondition(column: Prisma.Sql, assignee: string | undefined): Prisma.Sql[] {
  if (!assignee) return [];
  return [assignee === 'none' ? Prisma.sql`${column} IS NULL` : Prisma.sql`${column} = ${assignee}`];
}

function claimConditions(f: ReviewFilter): Prisma.Sql[] {
  const conds = [Prisma.sql`c.status = CAST(${f.status} AS "ClaimStatus")`, Prisma.sql`c."deletedAt" IS NULL`];
  if (f.document) conds.push(Prisma.sql`c."documentId" = ${f.document}`);
  if (f.kind) conds.push(Prisma.sql`c.kind = CAST(${f.kind} AS "ClaimKind")`);
  if (f.origin) conds.push(Prisma.sql`c.origin = CAST(${f.origin} AS "Origin")`);
  if (f.topic) conds.push(Prisma.sql`EXISTS (SELECT 1 FROM "ClaimTopic" t WHERE t."claimId" = c.id AND t."topicId" = ${f.topic})`);
  return [...conds, ...assigneeCondition(Prisma.sql`c."assigneeId"`, f.assignee)];
}

type ClaimRow = ReviewClaimItem & { start: number; documentId: string; title: string };

/** One page of claims (`limit`, REVIEW_PAGE_SIZE by default) after `f.after`, or before `f.before`, with cursors both ways. */
export async function listReviewClaims(db: Db, f: ReviewFilter, limit = REVIEW_PAGE_SIZE): Promise<ReviewClaimPage> {
  const after = decodeClaimKey(f.after);
  const before = after ? null : decodeClaimKey(f.before);
  const key = Prisma.sql`(c."documentId", c.start, c.id)`;
  const conds = claimConditions(f);
  const bound = after
    ? [Prisma.sql`${key} > (${after.documentId}, ${after.start}::int, ${after.id})`]
    : before ? [Prisma.sql`${key} < (${before.documentId}, ${before.start}::int, ${before.id})`] : [];
  const dir = before ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const [rows, total] = await Promise.all([
    db.$queryRaw<ClaimRow[]>`
      SELECT c.id, c.version, c.text, c.kind::text AS kind, c.status::text AS status, c.origin::text AS origin, c."assigneeId", c.start, c."documentId", d.title
      FROM "Claim" c JOIN "Document" d ON d.id = c."documentId"
      WHERE ${and([...conds, ...bound])}
      ORDER BY c.status ${dir}, c."documentId" ${dir}, c.start ${dir}, c.id ${dir}
      LIMIT ${limit + 1}`,
    cappedCount(db, Prisma.sql`SELECT 1 FROM "Claim" c WHERE ${and(conds)}`),
  ]);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (before) page.reverse();
  const first = page[0];
  const last = page[page.length - 1];
  const toKey = (r: ClaimRow) => encodeClaimKey({ documentId: r.documentId, start: Number(r.start), id: r.id });
  return {
    items: page.map((r) => ({ id: r.id, version: r.version, text: r.text, kind: r.kind, status: r.status, origin: r.origin, assigneeId: r.assigneeId, document: { id: r.documentId, title: r.title } })),
    total,
    // Going back, "more" means there is an earlier page; going forward, a later one.
    next: last && (before ? true : more) ? toKey(last) : null,
    previous: first && (before ? more : after !== null) ? toKey(first) : null,
  };
}

export type ReviewLinkItem = {
  id: string; version: number; assigneeId: string | null; stance: 'supports' | 'opposes' | 'neutral' | 'mixed'; status: 'suggested' | 'accepted' | 'rejected' | 'disputed'; rationale: string;
  topic: { id: string; label: string }; claim: { id: string; text: string; documentId: string };
};
type LinkRow = Omit<ReviewLinkItem, 'topic' | 'claim'> & { topicId: string; label: string; claimId: string; text: string; documentId: string; k: string };

/** One page of links after `f.linksAfter` (`limit`), with the next cursor. */
export async function listReviewLinks(db: Db, f: ReviewFilter, limit = REVIEW_PAGE_SIZE): Promise<{ items: ReviewLinkItem[]; next: string | null }> {
  const after = decodeLinkKey(f.linksAfter);
  const conds = [Prisma.sql`ct.status = CAST(${f.status} AS "ClaimStatus")`, Prisma.sql`c."deletedAt" IS NULL`, ...assigneeCondition(Prisma.sql`ct."assigneeId"`, f.assignee)];
  if (f.topic) conds.push(Prisma.sql`ct."topicId" = ${f.topic}`);
  if (f.document) conds.push(Prisma.sql`c."documentId" = ${f.document}`);
  if (f.kind) conds.push(Prisma.sql`c.kind = CAST(${f.kind} AS "ClaimKind")`);
  if (f.origin) conds.push(Prisma.sql`c.origin = CAST(${f.origin} AS "Origin")`);
  // The key is compared as the text timestamptz prints, microseconds included, so no link is skipped.
  if (after) conds.push(Prisma.sql`(ct."topicId", ct."createdAt", ct.id) > (${after.topicId}, ${after.createdAt}::timestamp, ${after.id})`);
  const rows = await db.$queryRaw<LinkRow[]>`
    SELECT ct.id, ct.version, ct."assigneeId", ct.stance::text AS stance, ct.status::text AS status, ct.rationale,
           ct."topicId", t.label, c.id AS "claimId", c.text, c."documentId", ct."createdAt"::text AS k
    FROM "ClaimTopic" ct JOIN "Claim" c ON c.id = ct."claimId" JOIN "Topic" t ON t.id = ct."topicId"
    WHERE ${and(conds)}
    ORDER BY ct.status, ct."topicId", ct."createdAt", ct.id
    LIMIT ${limit + 1}`;
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({ id: r.id, version: r.version, assigneeId: r.assigneeId, stance: r.stance, status: r.status, rationale: r.rationale, topic: { id: r.topicId, label: r.label }, claim: { id: r.claimId, text: r.text, documentId: r.documentId } })),
    next: rows.length > limit && last ? encodeLinkKey({ topicId: last.topicId, createdAt: last.k, id: last.id }) : null,
  };
}

export const REVIEW_OPTION_LIMIT = 50;

/**
 * Options for the filters, bounded: the most recently published (dated) documents and the first topics by
 * label as suggestions (any other is typed as an id), plus the selected ones by id so they always show.
 */
export async function listReviewFilterOptions(db: Db, selected: { document?: string; topic?: string } = {}) {
  const [recent, topTopics, chosenDoc, chosenTopic, users] = await Promise.all([
    db.document.findMany({ where: { publishedAt: { not: null } }, select: { id: true, title: true }, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], take: REVIEW_OPTION_LIMIT }),
    db.topic.findMany({ select: { id: true, label: true }, orderBy: [{ label: 'asc' }, { id: 'asc' }], take: REVIEW_OPTION_LIMIT }),
    selected.document ? db.document.findUnique({ where: { id: selected.document }, select: { id: true, title: true } }) : null,
    selected.topic ? db.topic.findUnique({ where: { id: selected.topic }, select: { id: true, label: true } }) : null,
    db.user.findMany({ where: { role: { notIn: ['viewer', 'student'] } }, select: { id: true, name: true, email: true }, orderBy: [{ name: 'asc' }, { email: 'asc' }], take: 500 }),
  ]);
  const withChosen = <T extends { id: string }>(list: T[], chosen: T | null) => (chosen && !list.some((x) => x.id === chosen.id) ? [chosen, ...list] : list);
  return { documents: withChosen(recent, chosenDoc), topics: withChosen(topTopics, chosenTopic), users };
}

const filterKeys = ['status', 'document', 'topic', 'kind', 'assignee', 'origin'] as const;

/** The queue's URL with the same filters and the given page cursor (`after`, `before` or `linksAfter`). */
export function reviewHref(f: ReviewFilter, page: { after?: string; before?: string; linksAfter?: string }): string {
  const params = new URLSearchParams();
  for (const k of filterKeys) if (f[k] && !(k === 'status' && f[k] === 'suggested')) params.set(k, f[k]);
  for (const [k, v] of Object.entries(page)) if (v) params.set(k, v);
  const q = params.toString();
  return q ? `/review?${q}` : '/review';
}
