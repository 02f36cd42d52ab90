/* The delivery benchmark, bundled for Node: the analysis code as the app's worker gets it. */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: resolve('bench/delivery/deliveryBench.ts'),
    outDir: resolve(process.env['VIVA_BENCH_DELIVERY_OUT'] ?? 'out-bench/delivery'),
    emptyOutDir: true,
    minify: false,
    target: 'node20',
  },
});
