// Security headers. The CSP carries a fresh nonce per request (set in proxy.ts); Next.js reads
// it from the request's Content-Security-Policy header and puts it on its own scripts, so no
// script runs without it ('strict-dynamic' lets those scripts load the page's chunks). Styles
// need 'unsafe-inline': React renders style attributes (charts, highlights) that cannot carry
// a nonce. The static headers go on every response from next.config.js.

export type CspOptions = { nonce: string; isDev: boolean; isHttps: boolean };

export function contentSecurityPolicy({ nonce, isDev, isHttps }: CspOptions): string {
  return [
    "default-src 'self'",
    // React needs eval only in development, for its error overlay.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Headers every response gets, whatever produced it (pages, routes, static files, errors). */
export const staticSecurityHeaders: { key: string; value: string }[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** Two years, the usual preload-ready value; sent only when the app is served over HTTPS. */
export const strictTransportSecurity = 'max-age=63072000; includeSubDomains';

/** HTTPS when the public URL says so (BETTER_AUTH_URL) or the request itself arrived over https. */
export function isHttpsRequest(publicUrl: string | undefined, requestProtocol: string): boolean {
  return publicUrl?.startsWith('https:') === true || requestProtocol === 'https:';
}

/** better-auth's Secure cookie flag: on exactly when the public URL is https. */
export function usesSecureCookies(publicUrl: string | undefined): boolean {
  return publicUrl?.startsWith('https:') ?? false;
}
