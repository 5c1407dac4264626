import type { Metadata } from 'next';
import { z } from 'zod';
import { getPrisma } from '@/lib/db/client';
import { getComparisonView } from '@/lib/db/queries/comparison-view';
import { listPickerDocuments } from '@/lib/db/queries/document-list';
import { countLabel } from '@/lib/db/queries/paging';
import { requireReader } from '@/lib/actions/session';
import { ExportButtons } from '@/components/exports/export-buttons';
import { hasRole } from '@/lib/auth/roles';
import { orNotFound } from '@/lib/http/or-not-found';
import { CompareTable } from '@/components/compare/compare-table';
import { CompareFilters } from '@/components/compare/compare-filters';
import { PageTools } from '@/components/compare/page-tools';
import { RefreshSuggestions } from '@/components/compare/refresh-suggestions';
import { DocumentPicker } from '@/components/compare/document-picker';
import { relations, stances } from '@/components/compare/badges';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Compare' };

const paramsSchema = z.object({
  ids: z.string().optional(),
  left: z.string().optional(),
  right: z.string().optional(),
  relation: z.enum(relations).optional().catch(undefined),
  stance: z.enum(stances).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  const user = await requireReader('reading');
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
  const params = paramsSchema.parse(raw);
  const ids = [...new Set((params.ids?.split(',') ?? [params.left, params.right]).map((s) => s?.trim()).filter((s): s is string => !!s))];
  const db = await getPrisma();
  if (ids.length < 2 || ids.length > 6) {
    const q = params.q || undefined;
    const picker = await listPickerDocuments(db, q, ids);
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold tracking-tight">Compare documents</h1>
        <p className="text-stone-600">Choose two to six documents; they are shown side by side, ordered by date.</p>
        <DocumentPicker documents={picker.documents} selected={ids} q={q} total={countLabel(picker.total)} />
      </div>
    );
  }
  const view = await orNotFound(getComparisonView(db, ids, { relation: params.relation, stance: params.stance }));
  const canReview = !!user && hasRole(user.role, 'editor');
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Side by side</h1>
          <p className="text-sm text-stone-600">
            {view.rows.length} of {view.totalRows} topics · ordered by publication date
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {canReview && <RefreshSuggestions ids={ids} />}
          <PageTools />
        </div>
      </div>
      {user && ids.length === 2 && <ExportButtons scope={{ compare: [ids[0], ids[1]] }} />}
      <CompareFilters ids={ids} filters={params} />
      {view.rows.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">No shared topics found{params.relation || params.stance ? ' with these filters' : ''}.</p>
      ) : (
        <CompareTable view={view} canReview={canReview} />
      )}
    </div>
  );
}
