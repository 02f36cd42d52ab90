import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { OUT_DIR, rendererConfig } from './vite.config.ts';

/**
 * Main reads the export format registry for its save-dialog filters only; the writers run in the
 * renderer. Their lazy imports (every "../" import of a format module) become a module that
 * throws, so pptxgenjs and the markdown writers stay out of main's bundle.
 */
const writersStayInRenderer: Plugin = {
  name: 'viva:writers-stay-in-renderer',
  // Before Vite's own resolver, which would otherwise resolve the relative path first.
  enforce: 'pre',
  resolveId(source, importer) {
    const from = importer?.replaceAll('\\', '/') ?? '';
    return from.includes('/shared/export/formats/') && source.startsWith('../') ? `\0viva-writer:${source}` : null;
  },
  load(id) {
    return id.startsWith('\0viva-writer:')
      ? 'throw new Error("Export writers run in the renderer, not in the main process.");'
      : null;
  },
};

/* One build for the three Electron targets. The renderer config is shared with `npm run web`
   and the end-to-end tests, so what ships in Electron is the bundle the tests drive. */
export default defineConfig({
  main: {
    plugins: [writersStayInRenderer],
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
