import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env['VIVA_E2E_PORT'] ?? 4174);

/* End-to-end tests drive the built renderer (out/renderer) in Chromium. Browsers are launched by
   the fixtures in test/e2e/fixtures.ts, with persistent profiles where a test restarts them. */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: `test-results/${process.env['VIVA_OUT'] ?? 'out'}`,
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./test/support/playwrightCountingReporter.ts']],
  use: { baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    // --outDir is relative to the renderer root, so pass it absolute.
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${resolve(process.env['VIVA_OUT'] ?? 'out', 'renderer')}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
