/*
 * Playwright fixtures: Chromium with a real, persistent profile in a temporary folder (so
 * IndexedDB is on disk and survives a restart), and two guards on every test: no request may
 * leave the app's origin, and the page may log no errors (CSP violations included).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../support/chromiumArgs.mjs';

/** Debian's Chromium where installed; otherwise Playwright's own browser (VIVA_CHROMIUM overrides). */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['VIVA_CHROMIUM'];
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

interface Fixtures {
  profileDir: string;
  /** Start Chromium on the test's profile; call again after closing to "restart" it. */
  launch: (options?: { args?: string[] }) => Promise<BrowserContext>;
  /** The app's library page in a fresh profile. */
  app: Page;
  guards: { externalRequests: string[]; errors: string[] };
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'viva-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern
  guards: async ({}, use) => {
    const guards = { externalRequests: [] as string[], errors: [] as string[] };
    await use(guards);
    expect(guards.externalRequests, 'requests that left the app').toEqual([]);
    expect(guards.errors, 'errors the page logged').toEqual([]);
  },
  launch: async ({ profileDir, baseURL, guards }, use) => {
    const contexts: BrowserContext[] = [];
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    await use(async (options) => {
      const executablePath = chromiumExecutable();
      const context = await chromium.launchPersistentContext(profileDir, {
        ...(executablePath ? { executablePath } : {}),
        headless: true,
        args: [...CHROMIUM_ARGS, ...(options?.args ?? [])],
        baseURL: origin,
        viewport: { width: 1280, height: 860 },
        acceptDownloads: true,
      });
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) guards.externalRequests.push(url);
      });
      context.on('page', (page) => watchPage(page, guards.errors));
      for (const page of context.pages()) watchPage(page, guards.errors);
      contexts.push(context);
      return context;
    });
    for (const context of contexts) await context.close().catch(() => undefined);
  },
  app: async ({ launch }, use) => {
    const context = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await use(page);
  },
});

function watchPage(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
}

export { expect };
