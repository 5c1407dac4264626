// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its wasm and extension bundles from node_modules at run time: keep it unbundled.
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'pglite-prisma-adapter', '@prisma/schema-engine-wasm'],
  poweredByHeader: false,
};

export default nextConfig;
