import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getPrisma } from '@/lib/db/client';
import { listUsers } from '@/lib/db/queries/users';
import { currentUser } from '@/lib/actions/session';
import { hasRole } from '@/lib/auth/roles';
import { UserAdmin } from '@/components/admin/user-admin';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Users' };

export default async function AdminUsersPage() {
  const user = await currentUser();
  if (!user) redirect('/login?next=/admin/users');
  if (!hasRole(user.role, 'admin')) {
    return <p className="text-sm text-stone-700" role="alert">Managing users needs the admin role; you are signed in as {user.role}.</p>;
  }
  const users = await listUsers(await getPrisma());
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Users</h1>
      <UserAdmin users={users} selfId={user.id} />
    </div>
  );
}
