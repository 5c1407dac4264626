'use client';

import { useState } from 'react';
import { createUserAction, revokeUserSessionsAction, setUserRoleAction } from '@/lib/actions/claims';
import { revokeUserApiTokensAction } from '@/lib/actions/api-tokens';
import { useServerAction } from '@/components/reader/use-server-action';
import { maxPasswordLength, minPasswordLength } from '@/lib/auth/password-rules';

import { roles, type Role } from '@/lib/auth/roles';
export type UserRow = { id: string; email: string; name: string; role: Role };

export function UserAdmin({ users, selfId, tokenCounts }: { users: UserRow[]; selfId: string; tokenCounts: Record<string, number> }) {
  const [form, setForm] = useState({ email: '', name: '', role: 'annotator' as Role, password: '' });
  const { run, pending, error } = useServerAction();
  const [notice, setNotice] = useState<string | null>(null);
  const create = (e: React.FormEvent) => {
    e.preventDefault();
    run(() => createUserAction({ ...form, name: form.name || undefined }), (r) => {
      if (r.ok) {
        setNotice(`Created ${form.email} (${form.role}).`);
        setForm({ email: '', name: '', role: 'annotator', password: '' });
      }
    });
  };
  const field = 'mt-1 block w-full rounded border border-stone-300 px-2 py-1 text-sm';
  return (
    <div className="space-y-6">
      <table className="w-full text-left text-sm" data-testid="user-table">
        <thead className="text-xs text-stone-500"><tr><th className="py-1">Email</th><th>Name</th><th>Role</th><th>Sessions</th><th>API tokens</th></tr></thead>
        <tbody className="divide-y divide-stone-200">
          {users.map((u) => (
            <tr key={u.id}>
              <td className="py-1.5 break-all">{u.email}{u.id === selfId && ' (you)'}</td>
              <td>{u.name}</td>
              <td>
                <select aria-label={`Role of ${u.email}`} value={u.role} disabled={pending} onChange={(e) => run(() => setUserRoleAction({ userId: u.id, role: e.target.value }))} className="rounded border border-stone-300 px-1 py-0.5">
                  {roles.map((r) => <option key={r} value={r}>{r}</option>)}
                </select>
              </td>
              <td>
                <button type="button" disabled={pending} onClick={() => run(() => revokeUserSessionsAction({ userId: u.id }), (r) => r.ok && setNotice(`Signed ${u.email} out everywhere (${r.data.revoked} session${r.data.revoked === 1 ? '' : 's'}).`))} className="text-xs text-indigo-700 hover:underline">
                  Sign out everywhere
                </button>
              </td>
              <td>
                {tokenCounts[u.id] ? (
                  <button type="button" disabled={pending} onClick={() => run(() => revokeUserApiTokensAction({ userId: u.id }), (r) => r.ok && setNotice(`Revoked ${r.data.revoked} API token${r.data.revoked === 1 ? '' : 's'} of ${u.email}.`))} className="text-xs text-indigo-700 hover:underline">
                    Revoke {tokenCounts[u.id]} active
                  </button>
                ) : (
                  <span className="text-xs text-stone-500">none</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={create} className="grid max-w-xl gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2" aria-label="Create user">
        <h2 className="font-semibold sm:col-span-2">Create a user</h2>
        <label className="text-xs text-stone-600">Email<input type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} className={field} /></label>
        <label className="text-xs text-stone-600">Name<input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} className={field} /></label>
        <label className="text-xs text-stone-600">Role
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })} className={field}>
            {roles.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </label>
        <label className="text-xs text-stone-600">Password ({minPasswordLength}–{maxPasswordLength} characters)<input type="password" required minLength={minPasswordLength} maxLength={maxPasswordLength} autoComplete="new-password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} className={field} /></label>
        <button type="submit" disabled={pending} className="rounded bg-indigo-700 px-3 py-1.5 text-sm text-white sm:col-span-2">Create user</button>
        {error && <p role="alert" className="text-sm text-red-700 sm:col-span-2">{error}</p>}
        {notice && !error && <p role="status" className="text-sm text-emerald-700 sm:col-span-2">{notice}</p>}
      </form>
    </div>
  );
}
