import type { Db } from '../client.ts';
import type { ComparedClaim, ComparisonTable, ComparisonTableRow } from '../../services/compare-documents.ts';
import { compareWithSuggestions } from '../../services/compare-prepared.ts';
import type { Relation, Stance } from '../../engine/compare/index.ts';

export type ViewClaim = ComparedClaim & { linkId: string | null; linkVersion: number; linkStatus: string };
export type ViewRow = Omit<ComparisonTableRow, 'cells'> & { cells: ViewClaim[][] };
export type ComparisonView = Omit<ComparisonTable, 'rows'> & { rows: ViewRow[]; totalRows: number };
export type ComparisonFilters = { relation?: Relation; stance?: Stance };

/** Keeps rows whose relations include `relation` and that have a claim with `stance`. */
export function filterRows<R extends { relations: Relation[]; cells: { stance: Stance }[][] }>(rows: R[], f: ComparisonFilters): R[] {
  return rows.filter(
    (r) => (!f.relation || r.relations.includes(f.relation)) && (!f.stance || r.cells.some((cell) => cell.some((c) => c.stance === f.stance))),
  );
}

/**
 * The comparison table plus what the page needs to act on a link (id, version, review status).
 * Suggests topics for the set first when they are missing or out of date.
 */
export async function getComparisonView(db: Db, ids: string[], filters: ComparisonFilters = {}): Promise<ComparisonView> {
  const { table } = await compareWithSuggestions(db, ids);
  const topicIds = table.rows.map((r) => r.topic.id).filter((id): id is string => !!id);
  const claimIds = table.rows.flatMap((r) => r.cells.flatMap((cell) => cell.map((c) => c.id)));
  // By (claim, topic): a topic can have thousands of links, the table shows a few.
  const links = await db.claimTopic.findMany({ where: { claimId: { in: [...new Set(claimIds)] }, topicId: { in: topicIds } }, select: { id: true, claimId: true, topicId: true, version: true, status: true } });
  const byKey = new Map(links.map((l) => [`${l.topicId}|${l.claimId}`, l]));
  const rows = table.rows.map((row) => ({
    ...row,
    cells: row.cells.map((cell) =>
      cell.map((c) => {
        const link = row.topic.id ? byKey.get(`${row.topic.id}|${c.id}`) : undefined;
        return { ...c, linkId: link?.id ?? null, linkVersion: link?.version ?? 0, linkStatus: link?.status ?? 'suggested' };
      }),
    ),
  }));
  return { documents: table.documents, rows: filterRows(rows, filters), totalRows: rows.length };
}
