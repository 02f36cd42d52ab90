/*
 * Start Viva's built main process (out/main) on the stand-in Electron runtime, in a fresh
 * user-data folder, and wait for its window to show the app. Each start loads main afresh.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright';
import { vi } from 'vitest';
import { ShellRuntime, type ShellOptions } from './standIn/runtime';
import { CHROMIUM_ARGS } from '../support/chromiumArgs.mjs';

export const MAIN_BUNDLE = resolve('out/main/index.js');

function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['VIVA_CHROMIUM'];
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export interface Shell {
  runtime: ShellRuntime;
  /** The window's page once the app has rendered (null for an instance that quit at once). */
  page: Page;
  userDataDir: string;
  documentsDir: string;
}

/** A temporary folder for one test's user data and documents; removed by the returned cleanup. */
export function temporaryHome(): { userDataDir: string; documentsDir: string; root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'viva-shell-'));
  return {
    root,
    userDataDir: join(root, 'userData'),
    documentsDir: join(root, 'Documents'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Load main on a new runtime; resolves once main has run its top level and the runtime has booted. */
export async function loadMain(options: Omit<ShellOptions, 'executablePath' | 'chromiumArgs'>): Promise<ShellRuntime> {
  if (!existsSync(MAIN_BUNDLE)) {
    throw new Error('There is no built main process in out/main: run `npx electron-vite build` first.');
  }
  const executablePath = chromiumExecutable();
  const runtime = new ShellRuntime({
    ...options,
    ...(executablePath ? { executablePath } : {}),
    chromiumArgs: [...CHROMIUM_ARGS],
  });
  (globalThis as Record<string, unknown>)['__vivaStandInRuntime'] = runtime;
  vi.resetModules();
  try {
    await import(/* @vite-ignore */ pathToFileURL(MAIN_BUNDLE).href);
  } finally {
    delete (globalThis as Record<string, unknown>)['__vivaStandInRuntime'];
  }
  await runtime.boot();
  return runtime;
}

/** Start the app and wait until its window shows the library. */
export async function startShell(options: Omit<ShellOptions, 'executablePath' | 'chromiumArgs'>): Promise<Shell> {
  const runtime = await loadMain(options);
  const window = await waitFor(() => runtime.windows[0], 'the main window to open');
  const page = await window.webContents.pageReady;
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
  return { runtime, page, userDataDir: options.userDataDir, documentsDir: options.documentsDir };
}

/** Poll until `read` returns a value (the stand-in's state changes as main and the page work). */
export async function waitFor<T>(read: () => T | undefined | null | false, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
