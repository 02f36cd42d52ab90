import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { OUT_DIR, rendererConfig } from './vite.config.ts';

/* One build for the three Electron targets. The renderer config is shared with `npm run web`
   and the end-to-end tests, so what ships in Electron is the bundle the tests drive. */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(OUT_DIR, 'main'),
      lib: { entry: resolve('main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: resolve(OUT_DIR, 'preload'),
      // Sandboxed preloads cannot be ESM: one self-contained CommonJS file.
      lib: { entry: resolve('main/preload.ts'), formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: rendererConfig,
});
