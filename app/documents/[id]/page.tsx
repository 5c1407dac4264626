import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getPrisma } from '@/lib/db/client';
import { getDocument } from '@/lib/db/queries/documents';
import { listDocumentClaims } from '@/lib/db/queries/claims';
import { listTopicOptions } from '@/lib/db/queries/topic-options';
import { requireReader } from '@/lib/actions/session';
import { isAppError } from '@/lib/errors';
import { PublishedLabel } from '@/components/documents/published-label';
import { Reader } from '@/components/reader/reader';
import { ExtractionStatus } from '@/components/documents/extraction-status';
import { hasRole } from '@/lib/auth/roles';
import { toClaimView } from './claim-views';
import { ExportButtons } from '@/components/exports/export-buttons';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

// generateMetadata and the page share one load per request.
const loadDocument = cache(async (id: string) => {
  try {
    return await getDocument(await getPrisma(), id);
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound();
    throw e;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireReader('reading');
  const doc = await loadDocument((await params).id);
  return { title: doc.title };
}

export default async function DocumentPage({ params }: Props) {
  const user = await requireReader('reading');
  const doc = await loadDocument((await params).id);
  const db = await getPrisma();
  const [claims, topics] = await Promise.all([listDocumentClaims(db, doc.id), listTopicOptions(db)]);
  return (
    <article className="space-y-6 pb-48 lg:pb-0">
      <Link href="/" className="no-print text-sm text-indigo-700 hover:underline">
        ← All documents
      </Link>
      <header className="space-y-2 border-b border-stone-200 pb-4">
        <h1 className="font-serif text-2xl font-bold leading-tight sm:text-3xl">{doc.title}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-stone-700 sm:max-w-xl">
          <dt className="text-stone-500">Published</dt>
          <dd><PublishedLabel date={doc.publishedAt} precision={doc.datePrecision} /></dd>
          <dt className="text-stone-500">Author</dt>
          <dd>{doc.authors.length ? doc.authors.join(', ') : 'not named'}</dd>
          <dt className="text-stone-500">Outlet</dt>
          <dd>{doc.source?.name ?? 'not named'}</dd>
          <dt className="text-stone-500">Language</dt>
          <dd className="uppercase">{doc.language}</dd>
          <dt className="text-stone-500">Kind</dt>
          <dd>{doc.kind}</dd>
          <dt className="text-stone-500">Claims</dt>
          <dd data-testid="doc-claim-count">{doc._count.claims}</dd>
          {doc.url && (
            <>
              <dt className="text-stone-500">URL</dt>
              <dd className="truncate"><a href={doc.url} rel="noopener noreferrer nofollow" className="text-indigo-700 hover:underline">{doc.url}</a></dd>
            </>
          )}
        </dl>
        {user && <ExportButtons scope={{ document: doc.id }} />}
      </header>
      {doc.extractionStatus !== 'done' && (
        <ExtractionStatus
          documentId={doc.id}
          status={doc.extractionStatus}
          error={doc.extractionError}
          attempts={doc.extractionAttempts}
          canRetry={Boolean(user && hasRole(user.role, 'annotator'))}
        />
      )}
      <Reader documentId={doc.id} text={doc.text} claims={claims.map((c) => toClaimView(c, user))} user={user && { id: user.id, role: user.role }} topics={topics} />
    </article>
  );
}
