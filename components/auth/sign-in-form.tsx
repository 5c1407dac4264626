'use client';

import { useActionState } from 'react';
import { signIn, type SignInState } from '@/lib/actions/auth';

export function SignInForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, {});
  return (
    <form action={action} className="space-y-4 rounded-lg border border-stone-200 bg-white p-6">
      <input type="hidden" name="next" value={next ?? ''} />
      <label className="block text-sm">
        <span className="text-stone-700">Email (students: user name)</span>
        <input name="email" type="text" autoComplete="username" required className="mt-1 w-full rounded border border-stone-300 px-3 py-2" />
      </label>
      <label className="block text-sm">
        <span className="text-stone-700">Password</span>
        <input name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-stone-300 px-3 py-2" />
      </label>
      {state.error && <p role="alert" className="text-sm text-red-700">{state.error}</p>}
      <button type="submit" disabled={pending} className="w-full rounded bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
