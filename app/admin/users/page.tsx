import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getPrisma } from '@/lib/db/client';
import { listUsers } from '@/lib/db/queries/users';
import { requireReader } from '@/lib/actions/session';
import { hasRole } from '@/lib/auth/roles';
import { UserAdmin } from '@/components/admin/user-admin';
import { PublicReadToggle } from '@/components/admin/public-read-toggle';
import { getStoredPublicRead } from '@/lib/services/workspace-settings';
import { countActiveApiTokens } from '@/lib/services/list-api-tokens';
import { isPublicReadForced } from '@/lib/env';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Users' };

export default async function AdminUsersPage() {
  const user = await requireReader('private');
  if (!user) redirect('/login?next=/admin/users');
  if (!hasRole(user.role, 'admin')) {
    return <p className="text-sm text-stone-700" role="alert">Managing users needs the admin role; you are signed in as {user.role}.</p>;
  }
  const db = await getPrisma();
  const [users, storedPublicRead, tokenCounts] = await Promise.all([listUsers(db), getStoredPublicRead(db), countActiveApiTokens(db)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Users</h1>
      <UserAdmin users={users} selfId={user.id} tokenCounts={tokenCounts} />
      <PublicReadToggle stored={storedPublicRead} forcedByEnv={isPublicReadForced()} />
    </div>
  );
}
