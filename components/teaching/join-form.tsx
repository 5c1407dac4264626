'use client';

import { useActionState } from 'react';
import { joinAsNewStudent, type JoinState } from '@/lib/actions/join-class';
import { maxPasswordLength, minPasswordLength } from '@/lib/auth/password-rules';

const field = 'mt-1 w-full rounded border border-stone-300 px-3 py-2';

/** New student: the class code from the teacher, a user name and a password (no e-mail). */
export function JoinForm({ code }: { code?: string }) {
  const [state, action, pending] = useActionState<JoinState, FormData>(joinAsNewStudent, {});
  return (
    <form action={action} className="space-y-4 rounded-lg border border-stone-200 bg-white p-6">
      <label className="block text-sm">
        <span className="text-stone-700">Class code</span>
        <input name="code" defaultValue={code} required autoComplete="off" placeholder="ABCD-EFGH" className={`${field} font-mono uppercase`} />
      </label>
      <label className="block text-sm">
        <span className="text-stone-700">User name</span>
        <input name="userName" required autoComplete="username" pattern="[A-Za-z0-9][A-Za-z0-9._\-]{2,31}" className={field} />
        <span className="text-xs text-stone-500">3–32 letters, digits, dots, dashes or underscores. You sign in with it later.</span>
      </label>
      <label className="block text-sm">
        <span className="text-stone-700">Password</span>
        <input name="password" type="password" required minLength={minPasswordLength} maxLength={maxPasswordLength} autoComplete="new-password" className={field} />
        <span className="text-xs text-stone-500">At least {minPasswordLength} characters.</span>
      </label>
      {state.error && <p role="alert" className="text-sm text-red-700">{state.error}</p>}
      <button type="submit" disabled={pending} className="w-full rounded bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
        {pending ? 'Joining…' : 'Join the class'}
      </button>
    </form>
  );
}
