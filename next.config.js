// @ts-check

// The upload page sends one file per server action call: allow the import limit (lib/env.ts
// importLimits, CLAIMSCOPE_MAX_IMPORT_MB, default 20) plus room for the form's other fields. The
// server checks each file against the limit itself.
const uploadBodyLimit = `${Math.ceil(Number(process.env.CLAIMSCOPE_MAX_IMPORT_MB) || 20) + 1}mb`;

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm and extension bundles from node_modules at run time: keep it unbundled.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'pglite-prisma-adapter', '@prisma/schema-engine-wasm', 'pg-boss'],
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: /** @type {`${number}mb`} */ (uploadBodyLimit) },
    // proxy.ts runs for every request, and buffers bodies up to this size (default 10 MB).
    proxyClientMaxBodySize: /** @type {`${number}mb`} */ (uploadBodyLimit),
  },
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
