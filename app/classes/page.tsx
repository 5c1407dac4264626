import type { Metadata } from 'next';
import Link from 'next/link';
import { requireSignedIn } from '@/lib/actions/session';
import { getPrisma } from '@/lib/db/client';
import { isStudent } from '@/lib/auth/roles';
import { listClasses } from '@/lib/services/teaching/list-classes';
import { JoinCodeForm } from '@/components/teaching/small-forms';

export const metadata: Metadata = { title: 'My classes' };
export const dynamic = 'force-dynamic';

export default async function ClassesPage() {
  const user = await requireSignedIn();
  const { attending, teaching } = await listClasses(await getPrisma(), user);
  const classes = [...teaching.map((c) => ({ id: c.id, name: c.name, note: 'you teach it' })), ...attending.map((c) => ({ id: c.id, name: c.name, note: `taught by ${c.teacher}` }))];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">My classes</h1>
      {classes.length === 0 ? <p className="text-sm text-stone-500">You are not in a class yet.</p> : (
        <ul className="space-y-1" data-testid="my-classes">
          {classes.map((c) => (
            <li key={c.id}><Link href={`/classes/${c.id}`} className="text-indigo-700 hover:underline">{c.name}</Link> <span className="text-xs text-stone-500">({c.note})</span></li>
          ))}
        </ul>
      )}
      {isStudent(user.role) && <section className="space-y-2"><h2 className="font-semibold">Join another class</h2><JoinCodeForm /></section>}
    </div>
  );
}
