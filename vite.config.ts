import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from './shared/security/contentSecurityPolicy.ts';

const { version } = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string };

/** Where builds go; VIVA_OUT lets parallel work build side by side (default: out). */
export const OUT_DIR = resolve(process.env['VIVA_OUT'] ?? 'out');

/** Write the CSP into the built index.html (not in dev, where Vite's HMR needs inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'viva-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** The renderer build, used by electron-vite, `npm run web` and the end-to-end tests. */
export const rendererConfig = {
  root: resolve('renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: resolve(OUT_DIR, 'renderer'),
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    target: 'chrome130',
    modulePreload: { polyfill: false },
    rollupOptions: { input: resolve('renderer/index.html') },
  },
  server: { host: '127.0.0.1' },
  // The preview server (npm run web, end-to-end tests) sends the same headers as the desktop shell.
  preview: {
    host: '127.0.0.1',
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
  },
} satisfies UserConfig;

export default defineConfig(rendererConfig);
