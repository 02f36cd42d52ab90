/*
 * The benchmark pages (baselines and the seeding page), built like the app's renderer so both
 * are measured as the same kind of production bundle.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { rendererConfig } from '../vite.config';

const pages = ['minimal', 'bareTiptap', 'seed', 'compute', 'importBench', 'exportBench'];

export default defineConfig({
  root: resolve('bench/pages'),
  base: './',
  plugins: [react()],
  define: rendererConfig.define,
  build: {
    outDir: resolve(process.env['VIVA_BENCH_OUT'] ?? 'out-bench/bench'),
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    target: rendererConfig.build.target,
    modulePreload: { polyfill: false },
    rollupOptions: { input: Object.fromEntries(pages.map((page) => [page, resolve(`bench/pages/${page}.html`)])) },
  },
});
