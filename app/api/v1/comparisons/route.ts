import { getPrisma } from '@/lib/db/client';
import { withApi } from '@/lib/http/api';
import { getComparisonJson } from '@/lib/services/compare-prepared';
import { readerFor } from '@/lib/actions/session';

// Read access to a comparison: GET ?ids=A,B[,…] (2–6 documents). Suggests topics for the set
// first when its claims changed, like the page and the CLI.

export const dynamic = 'force-dynamic';

export const GET = withApi(async (request: Request) => {
  await readerFor('reading', request.headers);
  const ids = new URL(request.url).searchParams.get('ids');
  return Response.json({ data: await getComparisonJson(await getPrisma(), ids) });
});
