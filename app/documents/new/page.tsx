import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { requireReader } from '@/lib/actions/session';
import { hasRole } from '@/lib/auth/roles';
import { importLimits } from '@/lib/env';
import { SUPPORTED_FORMATS } from '@/lib/documents/formats';
import { UploadForm } from '@/components/documents/upload/upload-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Add documents' };

export default async function NewDocumentsPage() {
  // The actions check the role again; this only keeps viewers from a form they cannot use.
  const user = await requireReader('private');
  if (!user) redirect('/login?next=/documents/new');
  if (!hasRole(user.role, 'annotator')) {
    return <p className="text-sm text-stone-700" role="alert">Adding documents needs the annotator role; you are signed in as {user.role}.</p>;
  }
  const { maxDocumentBytes } = importLimits();
  return (
    <div className="space-y-4">
      <Link href="/" className="text-sm text-indigo-700 hover:underline">← All documents</Link>
      <h1 className="text-2xl font-bold tracking-tight">Add documents</h1>
      <p className="text-sm text-stone-600">
        Files ({SUPPORTED_FORMATS.join(', ')}, up to {Math.round(maxDocumentBytes / 1048576)} MB each), pasted text or a web address. Check the
        metadata, then save: claims are extracted in the background.
      </p>
      <UploadForm accept={SUPPORTED_FORMATS.join(',')} maxBytes={maxDocumentBytes} />
    </div>
  );
}
