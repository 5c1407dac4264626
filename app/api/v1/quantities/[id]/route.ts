import { getPrisma } from '@/lib/db/client';
import { withApi } from '@/lib/http/api';
import { apiReader } from '@/lib/http/api-session';
import { toQuantityJson } from '@/lib/api/schemas/claims';
import { findApiQuantity } from '@/lib/db/queries/api/claims';

// GET one quantity (written through its claim: PATCH /api/v1/claims/{id}).

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = withApi(async (request: Request, ctx: Ctx) => {
  await apiReader(request);
  return Response.json({ data: toQuantityJson(await findApiQuantity(await getPrisma(), (await ctx.params).id)) });
});
