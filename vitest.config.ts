import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { rendererConfig } from './vite.config.ts';

/* Unit tests run in Node; component tests in happy-dom. End-to-end tests are Playwright's. */
export default defineConfig({
  define: rendererConfig.define,
  test: {
    reporters: ['default', './test/support/countingReporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/main/**/*.test.ts', 'test/build/**/*.test.ts'],
        },
      },
      {
        // The desktop shell end to end: the built out/main and out/preload on the stand-in
        // Electron runtime (test/shell/standIn/), over a real Chromium. Needs the build first.
        extends: true,
        resolve: { alias: { electron: resolve('test/shell/standIn/electron.ts') } },
        test: {
          name: 'shell',
          environment: 'node',
          include: ['test/shell/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file starts Chromium per test; one file at a time keeps the two cores usable.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        plugins: rendererConfig.plugins,
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          // Pasted HTML may name scripts and frames; the browser never loads them, nor should the tests.
          environmentOptions: { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: true } } },
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/support/setupRenderer.ts'],
        },
      },
    ],
  },
});
