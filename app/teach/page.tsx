import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { requireSignedIn } from '@/lib/actions/session';
import { getPrisma } from '@/lib/db/client';
import { hasRole } from '@/lib/auth/roles';
import { listClasses } from '@/lib/services/teaching/list-classes';
import { formatJoinCode } from '@/lib/teaching/join-code';
import { CreateClassForm } from '@/components/teaching/small-forms';

export const metadata: Metadata = { title: 'Teach' };
export const dynamic = 'force-dynamic';

export default async function TeachPage() {
  const user = await requireSignedIn();
  if (!hasRole(user.role, 'teacher')) redirect('/classes');
  const { teaching } = await listClasses(await getPrisma(), user);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Your classes</h1>
      <p className="text-sm text-stone-600">Students join on <code>/join</code> with a class&apos;s code. They see only their classes&apos; exercises and their own work; nothing is shown to anyone until you reveal an exercise.</p>
      <CreateClassForm />
      {teaching.length === 0 ? (
        <p className="text-sm text-stone-500">No classes yet.</p>
      ) : (
        <table className="w-full text-left text-sm" data-testid="class-table">
          <thead className="text-xs text-stone-500"><tr><th className="py-1">Class</th><th>Join code</th><th>Students</th><th>Exercises</th></tr></thead>
          <tbody>
            {teaching.map((c) => (
              <tr key={c.id} className="border-t border-stone-200">
                <td className="py-1"><Link href={`/classes/${c.id}`} className="text-indigo-700 hover:underline">{c.name}</Link></td>
                <td className="font-mono" data-testid="join-code">{formatJoinCode(c.joinCode)}</td>
                <td>{c.members}</td>
                <td>{c.exercises}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
