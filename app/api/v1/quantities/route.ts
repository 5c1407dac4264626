import { getPrisma } from '@/lib/db/client';
import { withApi } from '@/lib/http/api';
import { apiReader } from '@/lib/http/api-session';
import { queryOf } from '@/lib/api/schemas/common';
import { quantityListQuerySchema, toQuantityJson } from '@/lib/api/schemas/claims';
import { pageQuantities } from '@/lib/db/queries/api/claims';

// GET: a cursor page of the quantities of live claims (?claimId=&documentId=&unit=). Quantities
// belong to their claim: they change through PATCH /api/v1/claims/{id} (`quantities`), at the
// claim's version, so there is no separate write here.

export const dynamic = 'force-dynamic';

export const GET = withApi(async (request: Request) => {
  await apiReader(request);
  const page = await pageQuantities(await getPrisma(), quantityListQuerySchema.parse(queryOf(request)));
  return Response.json({ data: page.data.map(toQuantityJson), nextCursor: page.nextCursor });
});
