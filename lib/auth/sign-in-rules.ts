// The sign-in limiter's arithmetic, pure (the database part is lib/services/sign-in-throttle.ts).
// Each key (an account or a client address) counts failed sign-ins in a window. After
// `delayAfter` failures the next attempt must wait, twice as long after each further failure;
// at `lockAfter` failures the key is locked for `lockSeconds`.

export type ThrottleRule = {
  delayAfter: number;
  lockAfter: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  windowSeconds: number;
  lockSeconds: number;
};

export type ThrottleState = { failures: number; windowStart: Date; lastFailureAt: Date; lockedUntil: Date | null };

export type ThrottleScope = 'account' | 'address';

export type SignInRules = Record<ThrottleScope, ThrottleRule>;

export type SignInRuleSettings = {
  delayAfter: number;
  lockAfter: number;
  addressLockAfter: number;
  windowMinutes: number;
  lockMinutes: number;
};

export function signInRules(s: SignInRuleSettings): SignInRules {
  const common = { baseDelaySeconds: 1, maxDelaySeconds: 30, windowSeconds: s.windowMinutes * 60, lockSeconds: s.lockMinutes * 60 };
  return {
    account: { ...common, delayAfter: s.delayAfter, lockAfter: s.lockAfter },
    // An address may be shared (an office behind one NAT): no delays, only a lock at a higher
    // threshold, against guessing one password for many accounts ("spraying").
    address: { ...common, delayAfter: s.addressLockAfter, lockAfter: s.addressLockAfter },
  };
}

/** Seconds to wait after `failures` failures (0 below the delay threshold). */
export function delaySeconds(failures: number, rule: ThrottleRule): number {
  if (failures < rule.delayAfter) return 0;
  return Math.min(rule.maxDelaySeconds, rule.baseDelaySeconds * 2 ** (failures - rule.delayAfter));
}

function isStale(state: ThrottleState, rule: ThrottleRule, now: Date): boolean {
  if (state.lockedUntil) return state.lockedUntil <= now; // a lock ends with a fresh window
  return now.getTime() - state.windowStart.getTime() >= rule.windowSeconds * 1000;
}

/** When this key may try again, or null when it may try now. */
export function retryAt(state: ThrottleState | null, rule: ThrottleRule, now: Date): Date | null {
  if (!state || isStale(state, rule, now)) return null;
  if (state.lockedUntil) return state.lockedUntil;
  const wait = delaySeconds(state.failures, rule);
  const until = new Date(state.lastFailureAt.getTime() + wait * 1000);
  return wait > 0 && until > now ? until : null;
}

/** The state after one more failure at `now`. */
export function afterFailure(state: ThrottleState | null, rule: ThrottleRule, now: Date): ThrottleState {
  const fresh = !state || isStale(state, rule, now);
  const failures = fresh ? 1 : state.failures + 1;
  return {
    failures,
    windowStart: fresh ? now : state.windowStart,
    lastFailureAt: now,
    lockedUntil: failures >= rule.lockAfter ? new Date(now.getTime() + rule.lockSeconds * 1000) : null,
  };
}

/** "14 minutes", "1 minute", "30 seconds": rounded up, so the user never retries too early. */
export function formatWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** The message for a refused attempt. The same for unknown and existing accounts. */
export function refusalMessage(scope: ThrottleScope, until: Date, now: Date): string {
  const who = scope === 'account' ? 'for this account' : 'from your network';
  return `Too many failed sign-ins ${who}. Try again in ${formatWait(until.getTime() - now.getTime())}.`;
}
