'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getAuth } from '../auth/auth.ts';
import { safeNextPath } from '../auth/next-path.ts';
import { clientAddressOf, currentSignInRules } from '../auth/sign-in-limits.ts';
import { getPrisma } from '../db/client.ts';
import { throttleSignIn } from '../services/sign-in-throttle.ts';
import { signInEmailFor } from '../teaching/student-login.ts';

const signInSchema = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(200),
});

export type SignInState = { error?: string };

/** The /login form: behind the same limiter as better-auth's REST sign-in route. */
export async function signIn(_prev: SignInState, form: FormData): Promise<SignInState> {
  const login = form.get('email');
  const parsed = signInSchema.safeParse({ email: typeof login === 'string' ? signInEmailFor(login) : login, password: form.get('password') });
  if (!parsed.success) return { error: 'Enter your email address (students: your user name) and password.' };
  const requestHeaders = await headers();
  const { email, password } = parsed.data;
  const auth = await getAuth();
  const outcome = await throttleSignIn(await getPrisma(), currentSignInRules(), { email, address: clientAddressOf(requestHeaders) }, async () => {
    try {
      await auth.api.signInEmail({ body: { email, password }, headers: requestHeaders });
      return { succeeded: true, result: null };
    } catch {
      return { succeeded: false, result: null }; // wrong e-mail or password (better-auth's APIError)
    }
  });
  if (outcome.refused) return { error: outcome.refused.message };
  if (!outcome.succeeded) return { error: 'Wrong email or password.' };
  redirect(safeNextPath(form.get('next')));
}

export async function signOut(): Promise<void> {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
  redirect('/');
}

/** Ends every session of the signed-in user, on every device, this one included. */
export async function signOutEverywhere(): Promise<void> {
  const auth = await getAuth();
  const requestHeaders = await headers();
  if (await auth.api.getSession({ headers: requestHeaders })) await auth.api.revokeSessions({ headers: requestHeaders });
  redirect('/login');
}
