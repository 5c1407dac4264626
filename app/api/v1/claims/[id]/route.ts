import { getSessionUser } from '@/lib/auth/auth';
import { getPrisma } from '@/lib/db/client';
import { actionDefs } from '@/lib/actions/action-defs';
import { runAction } from '@/lib/actions/run-action';
import { ClaimConflictError } from '@/lib/services/claim-locking';
import { AppError } from '@/lib/errors';
import { withApi } from '@/lib/http/api';

// REST access to one claim: PATCH edits (at a version), DELETE soft-deletes (?version=N).
// Same policy table and services as the server actions.

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Cookie-authenticated writes must come from our own pages: refuse cross-site Origins. */
function assertSameOrigin(request: Request) {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin && host && originHost(origin) !== host) throw new AppError('FORBIDDEN', 'Cross-site requests are not allowed.');
}

async function conflictAware(run: () => Promise<unknown>) {
  try {
    return Response.json({ data: await run() });
  } catch (e) {
    if (e instanceof ClaimConflictError) return Response.json({ error: { code: e.code, message: e.userMessage, current: e.current } }, { status: 409 });
    throw e;
  }
}

export const PATCH = withApi(async (request: Request, ctx: Ctx) => {
  assertSameOrigin(request);
  const user = await getSessionUser(request.headers);
  const { id } = await ctx.params;
  // The role check runs before the body is looked at; the service parses the body with zod.
  const body: unknown = await request.json().catch(() => ({}));
  return conflictAware(() => runAction(actionDefs.updateClaim, user, { ...(body && typeof body === 'object' ? body : {}), id }, getPrisma));
});

export const DELETE = withApi(async (request: Request, ctx: Ctx) => {
  assertSameOrigin(request);
  const user = await getSessionUser(request.headers);
  const { id } = await ctx.params;
  const version = Number(new URL(request.url).searchParams.get('version'));
  return conflictAware(() => runAction(actionDefs.deleteClaim, user, { id, version }, getPrisma));
});
