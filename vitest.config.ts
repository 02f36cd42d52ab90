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
