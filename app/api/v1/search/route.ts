import { getPrisma } from '@/lib/db/client';
import { withApi } from '@/lib/http/api';
import { readerFor } from '@/lib/actions/session';
import { searchParamsInput } from '@/lib/schemas/search';
import { searchClaimsAndDocuments, toSearchJson } from '@/lib/services/search';

// Read access to search: GET ?q=…&language=…&kind=…&limit=…&offset=… (docs/search.md).
// Same access rule as the document pages; answers { data: { total, results, facets } }.

export const dynamic = 'force-dynamic';

export const GET = withApi(async (request: Request) => {
  await readerFor('reading', request.headers);
  const input = searchParamsInput(new URL(request.url).searchParams);
  return Response.json({ data: toSearchJson(await searchClaimsAndDocuments(await getPrisma(), input)) });
});
