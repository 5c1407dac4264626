// Runs once when a Next.js server process starts (next start / next dev), before any request.

export async function register() {
  // The Node.js runtime only (the documented check; the edge runtime has no sockets).
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { stampSocketAddresses } = await import('./lib/auth/socket-address');
    stampSocketAddresses();
  }
}
