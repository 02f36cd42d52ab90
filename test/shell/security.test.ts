/*
 * Every protection of SECURITY.md that lives in the main process, exercised through the desktop
 * shell: the built main process on the stand-in Electron, the page in a real Chromium asking
 * what a page really asks. Each test fails when its protection is removed
 * (scripts/check-protections.mjs removes them one by one).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { secureWebPreferences } from '../../main/security/webPreferences';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { CHROMIUM_APP_ORIGIN } from './standIn/appUrl';
import { startShell, temporaryHome, waitFor, type Shell } from './startShell';

let shell: Shell;
let home: ReturnType<typeof temporaryHome>;
const ENTRY = `${CHROMIUM_APP_ORIGIN}/index.html`;

beforeAll(async () => {
  home = temporaryHome();
  shell = await startShell({
    ...home,
    // As if a sub frame had the preload (nodeIntegrationInSubFrames): main must still refuse it.
    preloadInSubFrames: true,
    redirects: { 'app://viva/moved': 'app://viva/favicon.svg' },
  });
});
afterAll(async () => {
  await shell?.runtime.exit();
  home?.remove();
});

/** A same-origin sub frame of the app's page (about:blank needs no request, so the CSP allows it). */
async function subFrame(): Promise<Frame> {
  const { page } = shell;
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.id = 'probe';
    document.body.append(frame);
  });
  const frame = await waitFor(() => page.frames().find((candidate) => candidate !== page.mainFrame()), 'the sub frame');
  return frame;
}

async function removeSubFrames(): Promise<void> {
  await shell.page.evaluate(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));
}

test('the window has every hardened web preference, the sandbox is on for all renderers, and app:// is privileged before ready', () => {
  const [window] = shell.runtime.entries<{ options: { webPreferences: Record<string, unknown> } }>('windows');
  const preferences = window?.options.webPreferences ?? {};
  // The built window gets what main/security/webPreferences.ts declares, not a value less or
  // different; the values themselves are pinned by test/main/security/webPreferences.test.ts.
  expect(preferences).toEqual(secureWebPreferences(resolve('out/preload/preload.cjs')));
  expect(existsSync(String(preferences['preload']))).toBe(true);
  expect(shell.runtime.sandboxEnabled).toBe(true);
  expect(shell.runtime.privilegedSchemes).toEqual([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
});

test('the preload exposes exactly invoke and on, and the page reaches main through them', async () => {
  const { page } = shell;
  expect(await page.evaluate(() => Object.keys((window as unknown as { viva: object }).viva).sort())).toEqual(['invoke', 'on']);
  const info = await page.evaluate(() =>
    (window as unknown as { viva: { invoke: (c: string, r: unknown) => Promise<unknown> } }).viva.invoke('app:info', undefined),
  );
  expect(info).toEqual({ ok: true, value: expect.objectContaining({ name: 'Viva', isDesktop: true }) });
  // Nothing of Electron or Node leaks into the page.
  expect(
    await page.evaluate(() => ['require', 'process', 'ipcRenderer', '__vivaStandInHost'].filter((name) => name in window)),
  ).toEqual([]);
});

test('every app:// response carries the Content-Security-Policy header from main', async () => {
  const responses = shell.runtime.entries<{ url: string; status: number; headers: Record<string, string> }>('responses');
  expect(responses.length).toBeGreaterThan(3);
  for (const response of responses) {
    expect(response.headers['content-security-policy'], response.url).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['x-content-type-options'], response.url).toBe('nosniff');
  }
  // And Chromium receives it (the header adds frame-ancestors, which a meta tag cannot carry).
  const received = await shell.page.evaluate(async () => (await fetch('./index.html')).headers.get('content-security-policy'));
  expect(received).toBe(CONTENT_SECURITY_POLICY);
  expect(received).toContain("frame-ancestors 'none'");
});

test('an IPC request from a frame that is not the app’s main frame is refused', async () => {
  const frame = await subFrame();
  const answer = await frame.evaluate(async () => {
    const viva = (window as unknown as { viva?: { invoke: (c: string, r: unknown) => Promise<unknown> } }).viva;
    return viva ? viva.invoke('app:info', undefined) : 'no preload in the frame';
  });
  await removeSubFrames();
  expect(answer).toEqual({ ok: false, error: 'Refused "app:info": the request did not come from Viva\'s own window.' });
  const asked = shell.runtime.entries<{ channel: string; isMainFrame: boolean }>('ipc').filter((m) => !m.isMainFrame);
  expect(asked.map((message) => message.channel)).toEqual(['app:info']);
});

test('a server redirect of the window is refused', async () => {
  const { page, runtime } = shell;
  await runtime.windows[0]?.webContents.loadURL('app://viva/moved');
  expect(runtime.entries('navigations')).toContainEqual({
    kind: 'will-redirect',
    url: 'app://viva/favicon.svg',
    prevented: true,
  });
  expect(page.url()).toBe(ENTRY);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
});

test('navigating the window away is refused, and an https link goes to the system browser instead', async () => {
  const { page, runtime } = shell;
  await page.evaluate(() => {
    location.href = './favicon.svg';
  });
  await waitFor(() => runtime.entries<{ kind: string }>('navigations').some((n) => n.kind === 'will-navigate'), 'the navigation');
  expect(runtime.entries('navigations')).toContainEqual({
    kind: 'will-navigate',
    url: 'app://viva/favicon.svg',
    prevented: true,
  });
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'https://example.org/paper';
    link.textContent = 'A paper';
    link.id = 'paper-link';
    document.body.append(link);
  });
  await page.click('#paper-link');
  await waitFor(() => runtime.entries('openExternal').length > 0, 'the link to open in the browser');
  expect(runtime.entries('openExternal')).toEqual(['https://example.org/paper']);
  await page.evaluate(() => document.getElementById('paper-link')?.remove());
  expect(page.url()).toBe(ENTRY);
});

test('a link opens in the system browser only right after the user’s own click or key press', async () => {
  const { page, runtime } = shell;
  const opened = runtime.entries('openExternal').length;
  // Script alone (no user input): neither a new window nor the IPC channel reaches the browser.
  await page.evaluate(() => void window.open('https://example.org/popup'));
  await waitFor(
    () => runtime.entries<{ url: string }>('windowOpens').some((w) => w.url === 'https://example.org/popup'),
    'the decision',
  );
  const viaIpc = await page.evaluate(() =>
    (window as unknown as { viva: { invoke: (c: string, r: unknown) => Promise<unknown> } }).viva.invoke('shell:openExternal', {
      url: 'https://example.org/scripted',
    }),
  );
  expect(viaIpc).toEqual({ ok: true, value: { opened: false } });
  // A click that a script dispatched is not the user's either.
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'https://example.org/synthetic';
    document.body.append(link);
    link.click();
    link.remove();
  });
  await waitFor(
    () => runtime.entries<{ url: string }>('navigations').some((n) => n.url === 'https://example.org/synthetic'),
    'the navigation',
  );
  expect(runtime.entries('openExternal')).toHaveLength(opened);
});

test('a new window is refused', async () => {
  const { page, runtime } = shell;
  await page.evaluate(() => void window.open('./favicon.svg'));
  await waitFor(
    () => runtime.entries<{ url: string }>('windowOpens').some((w) => w.url === 'app://viva/favicon.svg'),
    'the decision',
  );
  expect(runtime.entries('windowOpens')).toContainEqual({ url: 'app://viva/favicon.svg', action: 'deny' });
  // A link that targets a new window goes the same way.
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = './favicon.svg?tab';
    link.target = '_blank';
    link.id = 'tab-link';
    link.textContent = 'In a new window';
    document.body.append(link);
  });
  await page.click('#tab-link');
  await waitFor(() => runtime.entries<{ url: string }>('windowOpens').some((w) => w.url.endsWith('?tab')), 'the link decision');
  expect(runtime.entries('windowOpens')).toContainEqual({ url: 'app://viva/favicon.svg?tab', action: 'deny' });
  await page.evaluate(() => document.getElementById('tab-link')?.remove());
  await waitFor(() => runtime.context?.pages().length === 1, 'the refused window to be gone');
});

test('the microphone is granted to the app’s own main frame only, and the camera to no one', async () => {
  const { page, runtime } = shell;
  const ask = (constraints: MediaStreamConstraints) =>
    navigator.mediaDevices.getUserMedia(constraints).then(
      (stream) =>
        stream
          .getTracks()
          .map((track) => track.kind)
          .join(','),
      (error: DOMException) => error.name,
    );
  expect(await page.evaluate(ask, { audio: true })).toBe('audio');
  expect(await page.evaluate(ask, { video: true })).toBe('NotAllowedError');
  expect(await page.evaluate(ask, { audio: true, video: true })).toBe('NotAllowedError');
  const frame = await subFrame();
  expect(await frame.evaluate(ask, { audio: true })).toBe('NotAllowedError');
  const check = () => navigator.permissions.query({ name: 'microphone' as PermissionName }).then((status) => status.state);
  expect(await page.evaluate(check)).toBe('granted');
  expect(await frame.evaluate(check)).toBe('denied');
  await removeSubFrames();
  const requests = runtime.entries<{ isMainFrame: boolean; mediaTypes: string[]; granted: boolean }>('permissionRequests');
  expect(requests.map(({ isMainFrame, mediaTypes, granted }) => ({ isMainFrame, mediaTypes, granted }))).toEqual([
    { isMainFrame: true, mediaTypes: ['audio'], granted: true },
    { isMainFrame: true, mediaTypes: ['video'], granted: false },
    { isMainFrame: true, mediaTypes: ['audio', 'video'], granted: false },
    { isMainFrame: false, mediaTypes: ['audio'], granted: false },
  ]);
});

test('a request that would leave the machine is cancelled, even one the page’s CSP does not govern', async () => {
  const { page, runtime } = shell;
  // The page's own fetches are stopped by the CSP first; a top-level load is not, so the
  // session's request filter is what stops it.
  await runtime.windows[0]?.webContents.loadURL('https://example.org/track');
  expect(runtime.entries('requests')).toContainEqual({ url: 'https://example.org/track', cancelled: true });
  expect(runtime.entries('unserved')).toEqual([]);
  expect(page.url()).not.toContain('example.org');
});
