import type { Db } from '../db/client.ts';
import { afterFailure, refusalMessage, retryAt, type SignInRules, type ThrottleScope, type ThrottleState } from '../auth/sign-in-rules.ts';

// The one sign-in limiter in front of every sign-in path (the /login action and better-auth's
// REST route). Counters live in the database so every app process sharing it sees the same
// state. An attempt is counted as a failure *before* the password is checked and forgiven on
// success, so a burst of parallel guesses cannot all pass the check before any is recorded.

export type SignInAttempt = { email: string; address: string };
export type SignInRefusal = { scope: ThrottleScope; retryAt: Date; message: string };
export type SignInOutcome<T> = { refused: SignInRefusal } | { refused: null; succeeded: boolean; result: T };

const scopes: ThrottleScope[] = ['account', 'address'];

/** The same key whatever the case or spacing of the e-mail; unknown accounts get keys too. */
export function throttleKey(scope: ThrottleScope, attempt: SignInAttempt): string {
  return scope === 'account' ? `account:${attempt.email.trim().toLowerCase()}` : `address:${attempt.address}`;
}

/** Refuses if the account or the address must wait; otherwise counts the attempt as failed. */
export async function reserveSignInAttempt(db: Db, rules: SignInRules, attempt: SignInAttempt, now = new Date()): Promise<SignInRefusal | null> {
  const keys = scopes.map((scope) => throttleKey(scope, attempt));
  return db.$transaction(async (tx) => {
    await tx.signInThrottle.createMany({ data: keys.map((key) => ({ key, failures: 0, windowStart: now, lastFailureAt: now })), skipDuplicates: true });
    // Row locks, in key order so two processes never deadlock; held until the transaction ends.
    await tx.$queryRaw`SELECT "key" FROM "SignInThrottle" WHERE "key" IN (${keys[0]}, ${keys[1]}) ORDER BY "key" FOR UPDATE`;
    const rows = await tx.signInThrottle.findMany({ where: { key: { in: keys } } });
    const states = scopes.map((_, i) => rows.find((r) => r.key === keys[i]) ?? null) as (ThrottleState | null)[];
    const refusals = scopes
      .map((scope, i) => ({ scope, until: retryAt(states[i], rules[scope], now) }))
      .filter((r): r is { scope: ThrottleScope; until: Date } => r.until !== null)
      .sort((a, b) => b.until.getTime() - a.until.getTime());
    if (refusals.length > 0) {
      const { scope, until } = refusals[0];
      return { scope, retryAt: until, message: refusalMessage(scope, until, now) };
    }
    for (const [i, scope] of scopes.entries()) {
      await tx.signInThrottle.update({ where: { key: keys[i] }, data: afterFailure(states[i], rules[scope], now) });
    }
    await forgetStaleCounters(tx as unknown as Db, rules, now);
    return null;
  });
}

/** A successful sign-in resets the account's counter and takes back its address's provisional failure. */
export async function forgiveSignInAttempt(db: Db, rules: SignInRules, attempt: SignInAttempt): Promise<void> {
  const address = throttleKey('address', attempt);
  await db.signInThrottle.deleteMany({ where: { key: throttleKey('account', attempt) } });
  await db.$executeRaw`UPDATE "SignInThrottle"
    SET "failures" = GREATEST("failures" - 1, 0),
        "lockedUntil" = CASE WHEN "failures" - 1 < ${rules.address.lockAfter} THEN NULL ELSE "lockedUntil" END
    WHERE "key" = ${address}`;
}

/** Counters whose window and lock are both over say nothing any more; keeps the table small. */
async function forgetStaleCounters(db: Db, rules: SignInRules, now: Date) {
  const longest = Math.max(rules.account.windowSeconds, rules.address.windowSeconds);
  await db.signInThrottle.deleteMany({
    where: {
      lastFailureAt: { lt: new Date(now.getTime() - longest * 1000) },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
    },
  });
}

/**
 * Runs `verify` (the real credential check) behind the limiter. `verify` says whether the
 * credentials were right; if it throws, the attempt stays counted as a failure.
 */
export async function throttleSignIn<T>(
  db: Db,
  rules: SignInRules,
  attempt: SignInAttempt,
  verify: () => Promise<{ succeeded: boolean; result: T }>,
  now = new Date(),
): Promise<SignInOutcome<T>> {
  const refused = await reserveSignInAttempt(db, rules, attempt, now);
  if (refused) return { refused };
  const { succeeded, result } = await verify();
  if (succeeded) await forgiveSignInAttempt(db, rules, attempt);
  return { refused: null, succeeded, result };
}
