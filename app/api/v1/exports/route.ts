import { getSessionUser } from '@/lib/auth/auth';
import { hasRole, isStudent } from '@/lib/auth/roles';
import { getPrisma } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { withApi } from '@/lib/http/api';
import { parseExportRequest } from '@/lib/exports/scope';
import { exportData, exportOptions } from '@/lib/services/export-claims';

// GET /api/v1/exports?format=claimreview|webannotation|csv|backup[&document=ID|&topic=ID|&compare=A,B]
// Signed-in readers export claims; a full backup (it lists every account's e-mail) needs an admin.
// The body streams: a backup is never built as one string.

export const dynamic = 'force-dynamic';

function stream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export const GET = withApi(async (request: Request) => {
  const user = await getSessionUser(request.headers);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Please sign in first.');
  if (isStudent(user.role)) throw new AppError('FORBIDDEN', 'Student accounts cannot export.');
  const q = new URL(request.url).searchParams;
  const req = parseExportRequest({ format: q.get('format'), document: q.get('document'), topic: q.get('topic'), compare: q.get('compare') });
  if (req.format === 'backup' && !hasRole(user.role, 'admin')) throw new AppError('FORBIDDEN', `A backup needs the admin role; you are signed in as ${user.role}.`);
  const result = await exportData(await getPrisma(), req, exportOptions(new URL(request.url).origin));
  return new Response(stream(result.chunks), {
    headers: {
      'content-type': result.contentType,
      'content-disposition': `attachment; filename="${result.filename}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
});
