import { getPrisma } from '@/lib/db/client';
import { documentListFilterSchema, documentListHref, pageDocumentList } from '@/lib/db/queries/document-list';
import { countLabel } from '@/lib/db/queries/paging';
import { listSavedComparisons } from '@/lib/db/queries/topics';
import { DocumentList } from '@/components/documents/document-list';
import { DocumentFilter } from '@/components/documents/document-filter';
import { Pager } from '@/components/ui/pager';
import { SavedComparisons } from '@/components/compare/saved-comparisons';
import { requireReader } from '@/lib/actions/session';
import { hasRole } from '@/lib/auth/roles';
import Link from 'next/link';
import { ExportButtons } from '@/components/exports/export-buttons';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  const user = await requireReader('reading');
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  const filter = documentListFilterSchema.parse(raw);
  const db = await getPrisma();
  const [documents, comparisons] = await Promise.all([pageDocumentList(db, filter), listSavedComparisons(db)]);
  const previous = documents.previous ? documentListHref(filter, { before: documents.previous }) : null;
  const next = documents.next ? documentListHref(filter, { after: documents.next }) : null;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Claimscope</h1>
        <p className="text-stone-600">Sources, their claims, and how they frame a question over time.</p>
      </div>
      <SavedComparisons comparisons={comparisons} />
      <section className="space-y-2">
        <div className="flex items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">
            Documents <span className="text-sm font-normal text-stone-500" data-testid="document-total">({countLabel(documents.total)})</span>
          </h2>
          {user && hasRole(user.role, 'annotator') && (
            <Link href="/documents/new" className="rounded border border-indigo-300 px-3 py-1 text-sm text-indigo-800 hover:bg-indigo-50">
              Add documents
            </Link>
          )}
        </div>
        {user && documents.items.length > 0 && <ExportButtons scope={{}} backup={hasRole(user.role, 'admin')} />}
        {(filter.q || documents.total.count > 0) && <DocumentFilter q={filter.q} />}
        <DocumentList documents={documents.items} filtered={!!filter.q} />
        <Pager label="Document pages" previous={previous} next={next} />
      </section>
    </div>
  );
}
