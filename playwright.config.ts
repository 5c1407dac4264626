import { defineConfig } from '@playwright/test';

// Runs against a production build (`next build` first) served by the demo script on a fresh
// embedded database. Uses Debian's Chromium: never download browsers here.
const port = Number(process.env.E2E_PORT ?? 3200);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'rm -rf .e2e-data && node_modules/.bin/tsx scripts/demo.ts --no-build',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { PORT: String(port), CLAIMSCOPE_DATA_DIR: '.e2e-data', DATABASE_URL: '', NEXT_TELEMETRY_DISABLED: '1' },
  },
});
