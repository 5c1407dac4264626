import { getPrisma } from '@/lib/db/client';
import { listDocuments } from '@/lib/db/queries/documents';
import { DocumentList } from '@/components/documents/document-list';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const documents = await listDocuments(await getPrisma());
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Documents</h1>
        <p className="text-stone-600">Sources, their claims, and how they frame a question over time.</p>
      </div>
      <DocumentList documents={documents} />
    </div>
  );
}
