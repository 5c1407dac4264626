'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth } from '../auth/auth.ts';
import { clientAddressOf, currentSignInRules } from '../auth/sign-in-limits.ts';
import { getPrisma } from '../db/client.ts';
import { actionError } from '../http/api.ts';
import { throttleSignIn } from '../services/sign-in-throttle.ts';
import { enrolStudent } from '../services/teaching/enrol-student.ts';
import { studentEmail } from '../teaching/student-login.ts';

// The public join page's action (like signIn in auth.ts, it signs someone in rather than acting for them).

export type JoinState = { error?: string };

/**
 * The join page: a new student account in the class with this code, then signed in. Behind the
 * sign-in limiter: every failed join (a wrong code above all) counts as a failed sign-in for the
 * address and the user name, so codes cannot be guessed faster than passwords.
 */
export async function joinAsNewStudent(_prev: JoinState, form: FormData): Promise<JoinState> {
  const requestHeaders = await headers();
  const input = { code: String(form.get('code') ?? ''), userName: String(form.get('userName') ?? ''), password: String(form.get('password') ?? '') };
  const db = await getPrisma();
  const rules = currentSignInRules();
  let classId: string | null = null;
  let failure: string | null = null;
  const outcome = await throttleSignIn(db, rules, { email: studentEmail(input.userName.trim() || '-'), address: clientAddressOf(requestHeaders) }, async () => {
    try {
      const enrolled = await enrolStudent(db, input);
      await (await getAuth()).api.signInEmail({ body: { email: enrolled.email, password: input.password }, headers: requestHeaders });
      classId = enrolled.classId;
      return { succeeded: true, result: null };
    } catch (e) {
      const r = actionError(e);
      failure = r.ok ? null : r.error;
      return { succeeded: false, result: null };
    }
  });
  if (outcome.refused) return { error: outcome.refused.message };
  if (failure || !classId) return { error: failure ?? 'Something went wrong.' };
  redirect(`/classes/${classId}`);
}
