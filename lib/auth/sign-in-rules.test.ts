import { describe, expect, it } from 'vitest';
import { afterFailure, delaySeconds, formatWait, refusalMessage, retryAt, signInRules, type ThrottleState } from './sign-in-rules.ts';

const rules = signInRules({ delayAfter: 3, lockAfter: 10, addressLockAfter: 50, windowMinutes: 15, lockMinutes: 15 });
const rule = rules.account;
const t0 = new Date('2026-12-02T08:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function failTimes(times: number[]): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (const s of times) state = afterFailure(state, rule, at(s));
  return state;
}

describe('progressive delay', () => {
  it('lets the first three failures through without waiting', () => {
    expect([0, 1, 2].map((n) => delaySeconds(n, rule))).toEqual([0, 0, 0]);
    expect(retryAt(failTimes([0, 0]), rule, at(0))).toBeNull();
  });

  it('doubles the wait after each further failure, up to 30 s', () => {
    expect([3, 4, 5, 6, 7, 8, 9].map((n) => delaySeconds(n, rule))).toEqual([1, 2, 4, 8, 16, 30, 30]);
    expect(retryAt(failTimes([0, 0, 0]), rule, at(0.5))).toEqual(at(1));
    expect(retryAt(failTimes([0, 0, 0]), rule, at(1))).toBeNull();
    expect(retryAt(failTimes([0, 0, 0, 1]), rule, at(2))).toEqual(at(3));
  });
});

describe('lockout', () => {
  it('locks for 15 minutes at the tenth failure in the window', () => {
    const state = failTimes([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(state?.failures).toBe(10);
    expect(retryAt(state, rule, at(10))).toEqual(at(9 + 15 * 60));
    expect(refusalMessage('account', at(9 + 15 * 60), at(69))).toBe('Too many failed sign-ins for this account. Try again in 14 minutes.');
  });

  it('starts a fresh count once the lock has passed', () => {
    const locked = failTimes([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(retryAt(locked, rule, at(9 + 15 * 60))).toBeNull();
    const next = afterFailure(locked, rule, at(9 + 15 * 60));
    expect(next).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it('forgets failures older than the window', () => {
    const state = failTimes([0, 1, 2]);
    expect(afterFailure(state, rule, at(15 * 60)).failures).toBe(1);
    expect(afterFailure(state, rule, at(15 * 60 - 1)).failures).toBe(4);
  });

  it('gives addresses no delay, only a lock at a higher threshold', () => {
    expect(delaySeconds(49, rules.address)).toBe(0);
    expect(rules.address.lockAfter).toBe(50);
  });
});

describe('messages', () => {
  it('rounds waits up and names the unit', () => {
    expect(formatWait(400)).toBe('1 second');
    expect(formatWait(29_100)).toBe('30 seconds');
    expect(formatWait(60_000)).toBe('1 minute');
    expect(formatWait(60_001)).toBe('2 minutes');
  });

  it('says whether the account or the network is throttled', () => {
    expect(refusalMessage('address', at(5), at(0))).toBe('Too many failed sign-ins from your network. Try again in 5 seconds.');
  });
});
