import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getPrisma } from '@/lib/db/client';
import { requireReader } from '@/lib/actions/session';
import { listApiTokens, tokenState } from '@/lib/services/list-api-tokens';
import { ApiTokenManager, type TokenView } from '@/components/account/api-token-manager';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'API tokens' };

export default async function ApiTokensPage() {
  const user = await requireReader('private');
  if (!user) redirect('/login?next=/account/tokens');
  const tokens: TokenView[] = (await listApiTokens(await getPrisma(), user.id)).map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    state: tokenState(t),
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
    expiresAt: t.expiresAt?.toISOString() ?? null,
  }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">API tokens</h1>
      <p className="max-w-2xl text-sm text-stone-600">
        A personal token lets a script use the REST API under <code>/api/v1</code> as you, with your current role ({user.role}):
        send it as <code>Authorization: Bearer cs_…</code>. It does not sign in to these pages. Anyone who has it can act as you, so
        keep it secret and revoke it when it is no longer needed.
      </p>
      <ApiTokenManager tokens={tokens} />
    </div>
  );
}
