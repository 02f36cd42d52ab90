/*
 * The stand-in Electron runtime: the `electron` module Viva's built main process imports, over
 * a real Chromium driven by Playwright. Used only by the tests in test/shell/ (never shipped).
 *
 * It keeps the rules Electron documents where it can: schemes are registered as privileged
 * before the app is ready and protocols handled after; a session is used only once ready; an
 * IPC channel has one handler; a preload runs only sandboxed and context-isolated. Any API
 * Viva reaches for that it does not implement throws, naming the API (see strict.ts).
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Route } from 'playwright';
import { toAppUrl, toChromiumUrl, APP_ORIGIN } from './appUrl';
import { standInEvent } from './events';
import { strict } from './strict';
import { browserWindowClass, type StandInBrowserWindow, type StandInWebContents } from './window';
import { fromWire, toWire } from './wireValues';

export interface ShellOptions {
  userDataDir: string;
  documentsDir: string;
  /** The Chromium binary (Debian's where installed). */
  executablePath?: string;
  chromiumArgs?: string[];
  /** Run the preload in sub frames too, as nodeIntegrationInSubFrames would (for sender tests). */
  preloadInSubFrames?: boolean;
  /** Server redirects to answer with, app URL to app URL (for will-redirect tests). */
  redirects?: Record<string, string>;
}

/** A dialog answer the test scripts: a path, or null for Cancel. */
export type DialogAnswer = string | null;

export interface MenuItem {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  click?: (item: unknown, window: unknown, event: unknown) => void;
  submenu?: MenuItem[];
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;

const locks: Map<string, ShellRuntime> = ((globalThis as Record<string, unknown>)['__vivaStandInLocks'] ??= new Map()) as Map<
  string,
  ShellRuntime
>;

const PACKAGE = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as {
  productName: string;
  version: string;
};

export class ShellRuntime {
  phase: 'starting' | 'ready' | 'quitting' | 'exited' = 'starting';
  context: BrowserContext | null = null;
  readonly windows: StandInBrowserWindow[] = [];
  readonly log: Record<string, unknown[]> = {};
  readonly dialogAnswers: DialogAnswer[] = [];
  readonly handlers = new Map<string, Handler>();
  readonly listeners = new Map<string, Handler[]>();
  readonly protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  privilegedSchemes: unknown[] = [];
  sandboxEnabled = false;
  applicationMenu: { template: MenuItem[] } | null = null;
  permissionRequestHandler: ((...args: unknown[]) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  beforeRequest: ((details: unknown, callback: (response: { cancel?: boolean }) => void) => void) | null = null;
  /** Errors raised where no caller could see them (a route handler): the test must see them. */
  readonly faults: string[] = [];
  private resolveReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve));
  private resolveExited: () => void = () => undefined;
  readonly exited = new Promise<void>((resolve) => (this.resolveExited = resolve));
  private unusedFirstPage = true;

  readonly app: EventEmitter;
  readonly modules: Record<string, unknown>;

  constructor(readonly options: ShellOptions) {
    mkdirSync(options.userDataDir, { recursive: true });
    mkdirSync(options.documentsDir, { recursive: true });
    this.app = this.createApp();
    this.modules = this.createModules();
  }

  record(kind: string, entry: unknown): void {
    (this.log[kind] ??= []).push(entry);
  }

  entries<T>(kind: string): T[] {
    return (this.log[kind] ?? []) as T[];
  }

  requireReady(api: string): void {
    if (this.phase !== 'ready' && this.phase !== 'quitting') {
      throw new Error(`${api} cannot be used before the app is ready (Electron's rule).`);
    }
  }

  /** Start "Electron": launch Chromium, then fire ready, unless main already quit (a second instance). */
  async boot(): Promise<void> {
    await Promise.resolve();
    if (this.phase !== 'starting') return;
    this.context = await chromium.launchPersistentContext(join(this.options.userDataDir, 'Chromium'), {
      ...(this.options.executablePath ? { executablePath: this.options.executablePath } : {}),
      headless: true,
      args: [...(this.options.chromiumArgs ?? []), '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
      viewport: null,
    });
    await this.context.route(
      () => true,
      (route) =>
        this.onRoute(route).catch((error: unknown) => {
          this.faults.push(`Serving ${route.request().url()} failed: ${String(error)}`);
          return route.abort('failed').catch(() => undefined);
        }),
    );
    this.phase = 'ready';
    this.app.emit('will-finish-launching');
    this.app.emit('ready', standInEvent(), {});
    this.resolveReady();
  }

  async openPage(): Promise<Page> {
    if (!this.context) throw new Error('Chromium is not running.');
    const first = this.context.pages()[0];
    if (this.unusedFirstPage && first) {
      this.unusedFirstPage = false;
      return first;
    }
    return this.context.newPage();
  }

  windowOfPage(page: Page | undefined): StandInBrowserWindow | undefined {
    return this.windows.find((window) => window.webContents.page === page);
  }

  /** Every request Chromium makes: navigation events, the session's filter, then main's protocol handler. */
  private async onRoute(route: Route): Promise<void> {
    const request = route.request();
    const url = toAppUrl(request.url());
    let frame: Frame | null;
    try {
      frame = request.frame();
    } catch {
      frame = null; // a worker's request
    }
    const window = this.windowOfPage(frame?.page());
    const popupOpener = !window && frame && request.isNavigationRequest() ? await this.undecidedPopupOpener(frame.page()) : null;
    if (popupOpener && frame && !this.decideWindowOpen(popupOpener, frame.page(), url)) {
      await route.abort('aborted');
      return;
    }
    const isWindowNavigation = Boolean(window && frame && request.isNavigationRequest() && frame === frame.page().mainFrame());
    if (window && isWindowNavigation && !window.webContents.takeAppNavigation(request.url())) {
      const event = standInEvent({ url, isMainFrame: true });
      window.webContents.emit('will-navigate', event, url);
      this.record('navigations', { kind: 'will-navigate', url, prevented: event.defaultPrevented });
      if (event.defaultPrevented) return route.abort('aborted');
    }
    if (this.beforeRequest) {
      const details = {
        id: this.entries('requests').length + 1,
        url,
        method: request.method(),
        resourceType: request.resourceType(),
        webContentsId: window?.webContents.id,
        timestamp: Date.now(),
      };
      const answer = await new Promise<{ cancel?: boolean }>((resolve) => this.beforeRequest?.(details, resolve));
      this.record('requests', { url, cancelled: answer.cancel === true });
      if (answer.cancel) return route.abort('blockedbyclient');
    }
    const redirect = this.options.redirects?.[url];
    const response = redirect
      ? new Response('', { status: 302, headers: { location: redirect } })
      : await this.serve(url, request.method(), request.headers());
    if (!response) return route.abort('internetdisconnected');
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key] = value));
    this.record('responses', { url, status: response.status, headers });
    const location = response.headers.get('location');
    if (location && response.status >= 300 && response.status < 400) {
      // Chromium would follow it without asking the route again, so the redirect is put to main here.
      const target = new URL(location, url).href;
      if (window && isWindowNavigation) {
        const event = standInEvent({ url: target, isMainFrame: true });
        window.webContents.emit('will-redirect', event, target);
        this.record('navigations', { kind: 'will-redirect', url: target, prevented: event.defaultPrevented });
        if (event.defaultPrevented) return route.abort('aborted');
      }
      headers['location'] = toChromiumUrl(target);
    }
    await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
  }

  /** The response of main's protocol handler for the URL's scheme, or null when none handles it. */
  private async serve(url: string, method: string, headers: Record<string, string>): Promise<Response | null> {
    const scheme = url.slice(0, url.indexOf(':'));
    const handler = this.protocolHandlers.get(scheme);
    if (!handler) {
      // Nothing else is reachable from this machine's stand-in: no network.
      this.record('unserved', url);
      return null;
    }
    return handler(new Request(url, { method, headers }));
  }

  /** A message from the page side (pageBootstrap.ts), with the real frame that sent it. */
  async fromPage(contents: StandInWebContents, frame: Frame, raw: unknown): Promise<unknown> {
    const message = raw as { kind: string; channel: string; args: unknown[]; [key: string]: unknown };
    const frameUrl = toAppUrl(frame.url());
    const isMainFrame = frame.parentFrame() === null;
    if (message.kind === 'invoke' || message.kind === 'send') {
      const event = strict('IpcMainEvent', {
        sender: contents,
        senderFrame: this.frameInfo(frame),
        frameId: isMainFrame ? 1 : 2,
        processId: 1,
        type: 'frame',
      });
      const args = fromWire(message.args) as unknown[];
      this.record('ipc', { kind: message.kind, channel: message.channel, args, frameUrl, isMainFrame });
      if (message.kind === 'send') {
        for (const listener of this.listeners.get(message.channel) ?? []) listener(event, ...args);
        return null;
      }
      const handler = this.handlers.get(message.channel);
      if (!handler) return { error: `Error: No handler registered for '${message.channel}'` };
      try {
        return { value: toWire(await handler(event, ...args)) };
      } catch (error) {
        return { error: String(error) };
      }
    }
    if (message.kind === 'windowOpen') {
      const allow = this.decideWindowOpen(contents, null, toAppUrl(String(message['url'])), {
        frameName: message['frameName'],
        features: message['features'],
      });
      return { allow };
    }
    if (message.kind === 'input') {
      contents.emit('input-event', standInEvent(), { type: message['type'], modifiers: [] });
      return null;
    }
    if (message.kind === 'permission') {
      const details = { requestingUrl: frameUrl, isMainFrame, mediaTypes: message['mediaTypes'], securityOrigin: APP_ORIGIN };
      const granted = await new Promise<boolean>((resolve) => {
        if (!this.permissionRequestHandler) return resolve(true); // Electron's default: granted
        this.permissionRequestHandler(contents, message['permission'], resolve, details);
      });
      this.record('permissionRequests', { permission: message['permission'], ...details, granted });
      return { granted };
    }
    if (message.kind === 'permissionCheck') {
      const origin =
        new URL(frameUrl).origin === 'null'
          ? `${new URL(frameUrl).protocol}//${new URL(frameUrl).host}`
          : new URL(frameUrl).origin;
      const details = { requestingUrl: frameUrl, isMainFrame, mediaType: message['mediaType'], securityOrigin: origin };
      const granted = this.permissionCheckHandler
        ? this.permissionCheckHandler(contents, message['permission'], origin, details) === true
        : true;
      this.record('permissionChecks', { permission: message['permission'], ...details, granted });
      return { granted };
    }
    throw new Error(`The stand-in page side sent an unknown message "${message.kind}".`);
  }

  private frameInfo(frame: Frame): unknown {
    const parent = frame.parentFrame();
    return strict('WebFrameMain', {
      url: toAppUrl(frame.url()),
      name: frame.name(),
      parent: parent ? this.frameInfo(parent) : null,
      isDestroyed: () => frame.isDetached(),
    });
  }

  private readonly decidedPopups = new WeakSet<Page>();

  /** The window that opened this page, if it is a new window main has not decided on yet. */
  private async undecidedPopupOpener(page: Page): Promise<StandInWebContents | null> {
    if (this.decidedPopups.has(page)) return null;
    const opener = this.windowOfPage((await page.opener()) ?? undefined);
    return opener ? opener.webContents : null;
  }

  /**
   * window.open or a link to a new window: main's window-open handler decides, on the URL the
   * new window is to load (Electron asks before creating it; Chromium has made the page, so a
   * refused one is closed at once). Returns whether it may stay.
   */
  private decideWindowOpen(
    opener: StandInWebContents,
    popup: Page | null,
    url: string,
    asked: { frameName?: unknown; features?: unknown } = {},
  ): boolean {
    if (popup) this.decidedPopups.add(popup);
    const handler = opener.windowOpenHandler;
    const details = {
      url,
      frameName: String(asked.frameName ?? ''),
      features: String(asked.features ?? ''),
      disposition: 'new-window',
    };
    const decision = handler ? handler(details) : { action: 'allow' };
    this.record('windowOpens', { url, action: decision.action });
    if (decision.action === 'deny') void popup?.close().catch(() => undefined);
    return decision.action !== 'deny';
  }

  /** A new window that loads nothing (window.open() with no URL) never makes a request. */
  async onPopup(opener: StandInWebContents, popup: Page): Promise<void> {
    await popup.waitForLoadState('domcontentloaded').catch(() => undefined);
    if (this.decidedPopups.has(popup) || popup.isClosed()) return;
    this.decideWindowOpen(opener, popup, toAppUrl(popup.url()));
  }

  onWindowClosed(): void {
    if (this.windows.length > 0 || this.phase === 'quitting' || this.phase === 'exited') return;
    if (this.app.listenerCount('window-all-closed') > 0) this.app.emit('window-all-closed', standInEvent());
    else void this.quit();
  }

  /** app.quit(): before-quit, then close every window (any may refuse), will-quit, quit, exit. */
  async quit(): Promise<void> {
    if (this.phase === 'exited') return;
    if (this.phase === 'starting') return this.exit();
    const before = standInEvent();
    this.app.emit('before-quit', before);
    if (before.defaultPrevented) return;
    this.phase = 'quitting';
    for (const window of [...this.windows]) {
      if (!window.close()) {
        this.phase = 'ready'; // a window refused to close: the quit is cancelled, as in Electron
        return;
      }
    }
    const willQuit = standInEvent();
    this.app.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      this.phase = 'ready';
      return;
    }
    this.app.emit('quit', standInEvent(), 0);
    await this.exit();
  }

  async exit(): Promise<void> {
    if (this.phase === 'exited') return;
    this.phase = 'exited';
    for (const [key, holder] of locks) if (holder === this) locks.delete(key);
    await this.context?.close().catch(() => undefined);
    this.resolveExited();
  }

  /** Click a menu item by its labels, as the user would (a role item runs its role). */
  clickMenu(...labels: string[]): void {
    let items = this.applicationMenu?.template ?? [];
    let item: MenuItem | undefined;
    for (const label of labels) {
      // An item with a role and no label shows the role's name (help → Help, quit → Quit).
      const shown = (candidate: MenuItem) => (candidate.label ?? candidate.role ?? '').replaceAll('&', '').toLowerCase();
      item = items.find((candidate) => shown(candidate) === label.toLowerCase());
      if (!item) throw new Error(`The application menu has no item "${labels.join(' › ')}".`);
      items = item.submenu ?? [];
    }
    if (!item) throw new Error('Name a menu item to click.');
    if (item.click) return item.click(item, this.windows[0], { triggeredByAccelerator: false });
    if (item.role === 'quit') return void this.quit();
    throw new Error(`The stand-in cannot run the menu role "${item.role}".`);
  }

  private nextDialogAnswer(kind: string, options: unknown): DialogAnswer {
    this.record('dialogs', { kind, options });
    if (this.dialogAnswers.length === 0) throw new Error(`Viva opened a ${kind} dialog the test did not script an answer for.`);
    return this.dialogAnswers.shift() ?? null;
  }

  private createApp(): EventEmitter {
    const paths: Record<string, string> = {
      userData: this.options.userDataDir,
      documents: this.options.documentsDir,
      temp: join(this.options.userDataDir, '..'),
    };
    const app = Object.assign(new EventEmitter(), {
      isPackaged: false,
      enableSandbox: () => {
        if (this.phase !== 'starting') throw new Error('app.enableSandbox() must be called before the app is ready.');
        this.sandboxEnabled = true;
      },
      getPath: (name: string) => {
        const path = paths[name];
        if (!path) throw new Error(`The stand-in has no app path "${name}".`);
        return path;
      },
      getName: () => PACKAGE.productName,
      getVersion: () => PACKAGE.version,
      whenReady: () => this.readyPromise,
      isReady: () => this.phase === 'ready',
      quit: () => void this.quit(),
      requestSingleInstanceLock: (additionalData?: unknown) => {
        const holder = locks.get(this.options.userDataDir);
        if (holder && holder !== this && holder.phase !== 'exited') {
          holder.app.emit('second-instance', standInEvent(), ['viva'], process.cwd(), additionalData ?? {});
          return false;
        }
        locks.set(this.options.userDataDir, this);
        return true;
      },
    });
    return strict('app', app);
  }

  private createModules(): Record<string, unknown> {
    const ipcMain = strict('ipcMain', {
      handle: (channel: string, handler: Handler) => {
        if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        this.handlers.set(channel, handler);
      },
      removeHandler: (channel: string) => void this.handlers.delete(channel),
      on: (channel: string, listener: Handler) => {
        this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
        return ipcMain;
      },
    });
    const protocol = strict('protocol', {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        if (this.phase !== 'starting') {
          throw new Error('protocol.registerSchemesAsPrivileged must be called before the app is ready.');
        }
        this.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
        this.requireReady('protocol.handle');
        if (this.protocolHandlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled.`);
        const privileged = this.privilegedSchemes.some((entry) => (entry as { scheme: string }).scheme === scheme);
        if (!privileged) throw new Error(`The scheme "${scheme}" was not registered as privileged before ready.`);
        this.protocolHandlers.set(scheme, handler);
      },
    });
    const webRequest = strict('webRequest', {
      onBeforeRequest: (...args: unknown[]) => {
        this.beforeRequest = args[args.length - 1] as typeof this.beforeRequest;
      },
    });
    const defaultSession = strict('Session', {
      setPermissionRequestHandler: (handler: typeof this.permissionRequestHandler) => {
        this.permissionRequestHandler = handler;
      },
      setPermissionCheckHandler: (handler: typeof this.permissionCheckHandler) => {
        this.permissionCheckHandler = handler;
      },
      setDevicePermissionHandler: (handler: typeof this.devicePermissionHandler) => {
        this.devicePermissionHandler = handler;
      },
      webRequest,
    });
    const requireReady = (api: string) => this.requireReady(api);
    const session = strict('session', {
      get defaultSession() {
        requireReady('session.defaultSession');
        return defaultSession;
      },
    });
    const dialog = strict('dialog', {
      showSaveDialog: async (...args: unknown[]) => {
        const filePath = this.nextDialogAnswer('save', args[args.length - 1]);
        return filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath };
      },
      showOpenDialog: async (...args: unknown[]) => {
        const filePath = this.nextDialogAnswer('open', args[args.length - 1]);
        return filePath === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [filePath] };
      },
      showErrorBox: (title: string, content: string) => this.record('errorBoxes', { title, content }),
    });
    const shell = strict('shell', {
      openExternal: async (url: string) => this.record('openExternal', url),
    });
    const Menu = strict('Menu', {
      buildFromTemplate: (template: MenuItem[]) => strict('Menu', { template }),
      setApplicationMenu: (menu: { template: MenuItem[] }) => {
        this.applicationMenu = menu;
      },
    });
    const workArea = { x: 0, y: 0, width: 1280, height: 860 };
    const display = { id: 1, bounds: workArea, workArea, scaleFactor: 1 };
    const screen = strict(
      'screen',
      Object.assign(new EventEmitter(), { getAllDisplays: () => [display], getPrimaryDisplay: () => display }),
    );
    const webContents = strict('webContents', {
      fromId: (id: number) => this.windows.find((window) => window.webContents.id === id)?.webContents,
      getAllWebContents: () => this.windows.map((window) => window.webContents),
    });
    return {
      app: this.app,
      BrowserWindow: browserWindowClass(this),
      Menu,
      dialog,
      ipcMain,
      nativeTheme: strict('nativeTheme', { shouldUseDarkColors: false }),
      protocol,
      screen,
      session,
      shell,
      webContents,
    };
  }
}
