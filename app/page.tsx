import { getPrisma } from '@/lib/db/client';
import { listDocuments } from '@/lib/db/queries/documents';
import { listSavedComparisons } from '@/lib/db/queries/topics';
import { DocumentList } from '@/components/documents/document-list';
import { SavedComparisons } from '@/components/compare/saved-comparisons';
import { requireReader } from '@/lib/actions/session';
import { hasRole } from '@/lib/auth/roles';
import Link from 'next/link';
import { ExportButtons } from '@/components/exports/export-buttons';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const user = await requireReader('reading');
  const db = await getPrisma();
  const [documents, comparisons] = await Promise.all([listDocuments(db), listSavedComparisons(db)]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Claimscope</h1>
        <p className="text-stone-600">Sources, their claims, and how they frame a question over time.</p>
      </div>
      <SavedComparisons comparisons={comparisons} />
      <section className="space-y-2">
        <div className="flex items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">Documents</h2>
          {user && hasRole(user.role, 'annotator') && (
            <Link href="/documents/new" className="rounded border border-indigo-300 px-3 py-1 text-sm text-indigo-800 hover:bg-indigo-50">
              Add documents
            </Link>
          )}
        </div>
        {user && documents.length > 0 && <ExportButtons scope={{}} backup={hasRole(user.role, 'admin')} />}
        <DocumentList documents={documents} />
      </section>
    </div>
  );
}
