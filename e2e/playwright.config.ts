import { defineConfig } from '@playwright/test';
import { E2E_PORT as port, ERASURE_PORT } from './support/servers';

const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * End-to-end tests: the built Palier (API serving the web app) on a free port with a fresh
 * embedded database and the demo content, driven in Debian's Chromium.
 */
export default defineConfig({
  testDir: './tests',
  outputDir: '../tmp/e2e-artifacts',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: 'node tools/scripts/e2e-server.mjs',
      cwd: '..',
      url: `http://127.0.0.1:${port}/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: { PORT: String(port) },
    },
    {
      command: 'node tools/scripts/e2e-server.mjs',
      cwd: '..',
      url: `http://127.0.0.1:${ERASURE_PORT}/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { PORT: String(ERASURE_PORT), ERASURE_GRACE_HOURS: '0' },
    },
  ],
});
