import { getPrisma } from '@/lib/db/client';
import { listDocuments } from '@/lib/db/queries/documents';
import { listSavedComparisons } from '@/lib/db/queries/topics';
import { DocumentList } from '@/components/documents/document-list';
import { SavedComparisons } from '@/components/compare/saved-comparisons';
import { requireReader } from '@/lib/actions/session';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  await requireReader('reading');
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
        <h2 className="text-lg font-semibold">Documents</h2>
        <DocumentList documents={documents} />
      </section>
    </div>
  );
}
