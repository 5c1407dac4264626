// Runs once when a Next.js server process starts (next start / next dev), before any request.

export async function register() {
  // The Node.js runtime only (the documented check; the edge runtime has no sockets).
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { stampSocketAddresses } = await import('./lib/auth/socket-address');
    stampSocketAddresses();
    // On the embedded database this process runs the background jobs (docs/jobs.md); never
    // while `next build` loads the app.
    if (process.env.NEXT_PHASE !== 'phase-production-build') {
      const { startWebWorker } = await import('./lib/jobs/web-worker');
      void startWebWorker(); // not awaited: the server answers while the database opens
    }
  }
}
