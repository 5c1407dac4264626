// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm and extension bundles from node_modules at run time: keep it unbundled.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'pglite-prisma-adapter', '@prisma/schema-engine-wasm'],
  poweredByHeader: false,
  // The headers every response gets (keep in step with staticSecurityHeaders in lib/security/headers.ts;
  // the unit test compares them). The CSP and HSTS are set per request in proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
