/* The main process wiring, with Electron mocked: every policy is applied where it should be. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { secureWebPreferences } from '../../main/security/webPreferences';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const listeners: Record<string, Listener[]> = {};
  const windows: Array<{ options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }> = [];
  class BrowserWindow {
    options: Record<string, unknown>;
    loadURL = vi.fn(async () => undefined);
    webContents = { send: vi.fn(), isDestroyed: () => false, on: vi.fn(), reload: vi.fn() };
    isDestroyed = () => false;
    close = vi.fn();
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    once = vi.fn();
    on = vi.fn();
    maximize = vi.fn();
    static getAllWindows = () => windows;
    static fromWebContents = () => null;
  }
  return {
    listeners,
    windows,
    lock: { value: true },
    module: {
      app: {
        isPackaged: true,
        requestSingleInstanceLock: vi.fn(() => true),
        quit: vi.fn(),
        enableSandbox: vi.fn(),
        whenReady: vi.fn(async () => undefined),
        on: vi.fn((event: string, listener: Listener) => (listeners[event] ??= []).push(listener)),
        getPath: vi.fn(() => '/tmp/viva-user-data'),
        getName: () => 'Viva',
        getVersion: () => '0.1.0',
      },
      BrowserWindow,
      Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setDevicePermissionHandler: vi.fn(),
          webRequest: { onBeforeRequest: vi.fn() },
        },
      },
      ipcMain: { handle: vi.fn() },
      screen: {
        getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1440, height: 900 } }],
        getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1440, height: 900 } }),
        on: vi.fn(),
        off: vi.fn(),
      },
      nativeTheme: { shouldUseDarkColors: false },
      shell: { openExternal: vi.fn(async () => undefined) },
      dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
      webContents: { fromId: vi.fn() },
    },
  };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

async function startMain(): Promise<void> {
  vi.resetModules();
  await import('../../main/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  vi.clearAllMocks();
  electron.windows.length = 0;
  for (const key of Object.keys(electron.listeners)) delete electron.listeners[key];
  electron.module.app.requestSingleInstanceLock.mockReturnValue(true);
});

describe('main process', () => {
  it('quits at once when another instance holds the lock', async () => {
    electron.module.app.requestSingleInstanceLock.mockReturnValue(false);
    await startMain();
    expect(electron.module.app.quit).toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
  });

  it('opens one hardened window on the app scheme', async () => {
    await startMain();
    expect(electron.windows).toHaveLength(1);
    const [window] = electron.windows;
    expect(window!.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    const preferences = window!.options['webPreferences'] as { preload: string };
    expect(String(preferences.preload)).toMatch(/preload\.cjs$/);
    // The literal switches repeated for the scanner must not drift from the tested function.
    expect(preferences).toEqual(secureWebPreferences(preferences.preload));
    expect(window!.loadURL).toHaveBeenCalledWith('app://viva/index.html');
    expect(electron.module.app.enableSandbox).toHaveBeenCalled();
  });

  it('registers the app scheme as secure and serves it', async () => {
    await startMain();
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(electron.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('handles every channel of the contract, and only those', async () => {
    await startMain();
    const channels = electron.module.ipcMain.handle.mock.calls.map((call) => (call as unknown[])[0]);
    expect(channels).toEqual([...INVOKE_CHANNELS]);
  });

  it('wires the permission policy: microphone yes, everything else no', async () => {
    await startMain();
    const handler = electron.module.session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as Listener;
    const answer = (permission: string, details: object) => {
      const callback = vi.fn();
      handler({}, permission, callback, { requestingUrl: 'app://viva/index.html', isMainFrame: true, ...details });
      return callback.mock.calls[0]![0];
    };
    expect(answer('media', { mediaTypes: ['audio'] })).toBe(true);
    expect(answer('media', { mediaTypes: ['video'] })).toBe(false);
    expect(answer('geolocation', {})).toBe(false);
  });

  it('answers no to every device request and to permission checks from sub frames', async () => {
    await startMain();
    const session = electron.module.session.defaultSession;
    const device = session.setDevicePermissionHandler.mock.calls[0]![0] as Listener;
    for (const deviceType of ['hid', 'serial', 'usb']) {
      expect(device({ deviceType, origin: 'app://viva', device: {} })).toBe(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as Listener;
    const details = { requestingUrl: 'app://viva/index.html', mediaType: 'audio' };
    expect(check({}, 'media', 'app://viva', { ...details, isMainFrame: true })).toBe(true);
    expect(check({}, 'media', 'app://viva', { ...details, isMainFrame: false })).toBe(false);
  });

  it('cancels every request that would leave the machine', async () => {
    await startMain();
    const filter = electron.module.session.defaultSession.webRequest.onBeforeRequest.mock.calls[0]![1] as Listener;
    const decide = (url: string) => {
      const callback = vi.fn();
      filter({ url }, callback);
      return callback.mock.calls[0]![0];
    };
    expect(decide('https://example.com/')).toEqual({ cancel: true });
    expect(decide('app://viva/assets/index.js')).toEqual({ cancel: false });
  });

  it('hardens every web contents: navigation and new windows are blocked', async () => {
    await startMain();
    const [created] = electron.listeners['web-contents-created']!;
    const contentsListeners: Record<string, Listener> = {};
    let windowOpenHandler: Listener = () => undefined;
    const contents = {
      on: (event: string, listener: Listener) => (contentsListeners[event] = listener),
      setWindowOpenHandler: (handler: Listener) => (windowOpenHandler = handler),
    };
    created!({}, contents);
    const event = { preventDefault: vi.fn() };
    contentsListeners['will-navigate']!(event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalled();
    // No click or key press came first: the link does not leave the app.
    expect(electron.module.shell.openExternal).not.toHaveBeenCalled();
    contentsListeners['input-event']!({}, { type: 'mouseDown' });
    contentsListeners['will-navigate']!({ preventDefault: vi.fn() }, 'https://example.com/');
    expect(electron.module.shell.openExternal).toHaveBeenCalledWith('https://example.com/');
    expect(windowOpenHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    contentsListeners['will-attach-webview']!(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('holds a window closing until the renderer has written a last backup', async () => {
    await startMain();
    const [window] = electron.windows as unknown as Array<{
      on: ReturnType<typeof vi.fn>;
      close: ReturnType<typeof vi.fn>;
      webContents: { send: ReturnType<typeof vi.fn> };
    }>;
    const onClose = window!.on.mock.calls.findLast((call) => call[0] === 'close')![1] as Listener;
    const event = { preventDefault: vi.fn() };
    onClose(event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window!.webContents.send).toHaveBeenCalledWith('backup:due', { reason: 'quit', requestId: expect.any(Number) });
    expect(window!.close).not.toHaveBeenCalled();

    // The renderer answers through the checked gateway; then the close goes ahead.
    const { requestId } = window!.webContents.send.mock.calls[0]![1] as { requestId: number };
    const settled = electron.module.ipcMain.handle.mock.calls.find((call) => (call as unknown[])[0] === 'backup:settled')!;
    const handler = (settled as unknown[])[1] as Listener;
    const ipcEvent = { senderFrame: { url: 'app://viva/index.html', parent: null }, sender: { id: 1 } };
    expect(await handler(ipcEvent, { requestId })).toEqual({ ok: true, value: { requestId } });
    await vi.waitFor(() => expect(window!.close).toHaveBeenCalled());
  });

  it('reloads the window when its renderer crashes, and leaves a clean exit alone', async () => {
    await startMain();
    const [window] = electron.windows as unknown as Array<{
      webContents: { on: ReturnType<typeof vi.fn>; reload: ReturnType<typeof vi.fn> };
    }>;
    const onGone = window!.webContents.on.mock.calls.findLast((call) => call[0] === 'render-process-gone')![1] as Listener;
    onGone({}, { reason: 'clean-exit', exitCode: 0 });
    expect(window!.webContents.reload).not.toHaveBeenCalled();
    onGone({}, { reason: 'crashed', exitCode: 139 });
    expect(window!.webContents.reload).toHaveBeenCalledTimes(1);
  });

  it('closes anyway when the renderer never answers (bounded wait)', async () => {
    await startMain();
    vi.useFakeTimers();
    try {
      const [window] = electron.windows as unknown as Array<{ on: ReturnType<typeof vi.fn>; close: ReturnType<typeof vi.fn> }>;
      const onClose = window!.on.mock.calls.findLast((call) => call[0] === 'close')![1] as Listener;
      onClose({ preventDefault: vi.fn() });
      await vi.advanceTimersByTimeAsync(4_900);
      expect(window!.close).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(200);
      expect(window!.close).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
