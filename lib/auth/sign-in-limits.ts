import { getEnv } from '../env.ts';
import { parseTrustedProxies, resolveClientAddress, type TrustedProxies } from './client-address.ts';
import { signInRules, type SignInRules } from './sign-in-rules.ts';

// The limiter's settings from the environment (lib/env.ts), read once per process.

let proxies: TrustedProxies | undefined;

/** The client address of a request to this server (socket, or the trusted proxies' X-Forwarded-For). */
export function clientAddressOf(headers: Headers): string {
  proxies ??= parseTrustedProxies(getEnv().CLAIMSCOPE_TRUSTED_PROXIES);
  return resolveClientAddress(headers, proxies);
}

export function currentSignInRules(): SignInRules {
  const env = getEnv();
  return signInRules({
    delayAfter: env.CLAIMSCOPE_SIGNIN_DELAY_AFTER,
    lockAfter: env.CLAIMSCOPE_SIGNIN_LOCK_AFTER,
    addressLockAfter: env.CLAIMSCOPE_SIGNIN_ADDRESS_LOCK_AFTER,
    windowMinutes: env.CLAIMSCOPE_SIGNIN_WINDOW_MINUTES,
    lockMinutes: env.CLAIMSCOPE_SIGNIN_LOCK_MINUTES,
  });
}
