/*
 * The main process's lifecycle through the desktop shell: what it imports from Electron, the
 * rules Electron documents, and a crashed renderer brought back.
 */
import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { MAIN_BUNDLE, startShell, temporaryHome, waitFor, type Shell } from './startShell';

let shell: Shell | undefined;
let home: ReturnType<typeof temporaryHome> | undefined;
afterEach(async () => {
  await shell?.runtime.exit();
  home?.remove();
});

test('main imports from Electron only what the stand-in implements', () => {
  // A name the stand-in lacks would read as undefined in main; this catches it before any run.
  const imports = [...readFileSync(MAIN_BUNDLE, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*"electron"/g)];
  expect(imports.length).toBeGreaterThan(0);
  const names = imports.flatMap((match) => (match[1] ?? '').split(',').map((name) => name.trim().split(/\s+as\s+/)[0]));
  const standIn = readFileSync('test/shell/standIn/electron.ts', 'utf8');
  const exported = [...standIn.matchAll(/export const (\w+)/g)].map((match) => match[1]);
  expect(names.filter((name) => name && !exported.includes(name))).toEqual([]);
});

test('a crashed window is reloaded, and the app is back in it', async () => {
  home = temporaryHome();
  shell = await startShell(home);
  const { page, runtime } = shell;
  const cdp = await page.context().newCDPSession(page);
  // The crash ends the renderer, so the command never answers.
  void cdp.send('Page.crash').catch(() => undefined);
  const window = runtime.windows[0];
  const reloaded = await waitFor(() => window?.webContents.page !== page && window?.webContents.page, 'the window to reload');
  await reloaded.getByRole('heading', { name: 'Your stories', level: 1 }).waitFor();
  expect(await reloaded.evaluate(() => typeof (window as unknown as { viva?: unknown }).viva)).toBe('object');
  expect(runtime.entries('crashes')).toHaveLength(1);
  expect(runtime.entries('errorBoxes')).toEqual([]);
});
