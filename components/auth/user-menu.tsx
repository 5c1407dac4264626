import Link from 'next/link';
import { signOut, signOutEverywhere } from '@/lib/actions/auth';

export function UserMenu({ user }: { user: { email: string; role: string } | null }) {
  if (!user) {
    return (
      <Link href="/login" className="ml-auto text-sm text-indigo-700 hover:underline">
        Sign in
      </Link>
    );
  }
  return (
    <form action={signOut} className="ml-auto flex items-center gap-3 text-sm">
      <span className="text-stone-600" data-testid="current-user">
        {user.email} <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs uppercase text-stone-700">{user.role}</span>
      </span>
      {user.role !== 'student' && <Link href="/account/tokens" className="text-indigo-700 hover:underline">API tokens</Link>}
      <button type="submit" className="text-indigo-700 hover:underline">Sign out</button>
      <button type="submit" formAction={signOutEverywhere} className="text-indigo-700 hover:underline" title="End your sessions on every device">
        Sign out everywhere
      </button>
    </form>
  );
}
