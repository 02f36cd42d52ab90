/*
 * BrowserWindow and WebContents over a Playwright page. The window's options are recorded as
 * given; loadURL, reload, send, printToPDF and the navigation and window-open events act on the
 * real page.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright';
import { toAppUrl, toChromiumUrl } from './appUrl';
import { standInEvent } from './events';
import { DELIVER_KEY, HOST_BINDING, pageBootstrap } from './pageBootstrap';
import type { ShellRuntime } from './runtime';
import { strict } from './strict';
import { toWire } from './wireValues';

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

type WindowOpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => {
  action: 'allow' | 'deny';
};

let nextId = 1;

export class StandInWebContents extends EventEmitter {
  readonly id = nextId++;
  page: Page | null = null;
  pageReady: Promise<Page>;
  destroyed = false;
  windowOpenHandler: WindowOpenHandler | null = null;
  backgroundThrottling: boolean[] = [];
  /** URLs main itself asked to load: those navigations are not will-navigate. */
  appNavigations: string[] = [];
  owner: StandInBrowserWindow | null = null;

  constructor(
    readonly runtime: ShellRuntime,
    readonly openPage: () => Promise<Page>,
  ) {
    super();
    this.pageReady = openPage().then((page) => {
      this.page = page;
      return page;
    });
  }

  async loadURL(url: string): Promise<void> {
    const page = await this.pageReady;
    this.appNavigations.push(toChromiumUrl(url));
    await page.goto(toChromiumUrl(url), { waitUntil: 'domcontentloaded' }).catch((error: unknown) => {
      // A navigation Viva refused (prevented) ends in an aborted load, as in Electron.
      this.runtime.record('loadFailures', { url, error: String(error) });
    });
  }

  crashed = false;

  reload(): void {
    void this.pageReady.then(async (page) => {
      this.appNavigations.push(page.url());
      if (this.crashed) {
        // Playwright will not drive a crashed page again; Electron keeps the webContents and
        // starts a new renderer, so the stand-in puts a fresh page in the crashed one's place.
        this.crashed = false;
        const url = page.url();
        this.pageReady = this.openPage().then((fresh) => (this.page = fresh));
        await page.close().catch(() => undefined);
        const fresh = await this.pageReady;
        this.appNavigations.push(url);
        await fresh.goto(url, { waitUntil: 'domcontentloaded' }).catch((error: unknown) => {
          this.runtime.record('loadFailures', { url: toAppUrl(url), error: String(error) });
        });
        return;
      }
      await page.reload({ waitUntil: 'domcontentloaded' }).catch((error: unknown) => {
        this.runtime.record('loadFailures', { url: toAppUrl(page.url()), error: String(error) });
      });
    });
  }

  getURL(): string {
    return this.page ? toAppUrl(this.page.url()) : '';
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.runtime.record('sent', { channel, args });
    void this.pageReady.then((page) =>
      page
        .evaluate(
          ([key, sentChannel, sentArgs]) => {
            const deliver = (globalThis as unknown as Record<string, (c: unknown, a: unknown) => void>)[key as string];
            deliver?.(sentChannel, sentArgs);
          },
          [DELIVER_KEY, channel, toWire(args)] as const,
        )
        .catch(() => undefined),
    );
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  setBackgroundThrottling(allowed: boolean): void {
    this.backgroundThrottling.push(allowed);
  }

  async printToPDF(options: { printBackground?: boolean; preferCSSPageSize?: boolean }): Promise<Buffer> {
    const page = await this.pageReady;
    return page.pdf({
      printBackground: options.printBackground ?? false,
      preferCSSPageSize: options.preferCSSPageSize ?? false,
    });
  }

  focus(): void {
    void this.pageReady.then((page) => page.bringToFront());
  }

  /** Whether a navigation of the main frame to this URL was started by main (loadURL, reload). */
  takeAppNavigation(chromiumUrl: string): boolean {
    const index = this.appNavigations.indexOf(chromiumUrl);
    if (index === -1) return false;
    this.appNavigations.splice(index, 1);
    return true;
  }
}

export class StandInBrowserWindow extends EventEmitter {
  readonly id = nextId++;
  readonly webContents: StandInWebContents;
  bounds: Bounds;
  maximized = false;
  minimized = false;
  visible: boolean;
  focused = false;
  destroyed = false;
  focusCount = 0;

  constructor(
    readonly runtime: ShellRuntime,
    readonly options: Record<string, unknown>,
  ) {
    super();
    runtime.requireReady('new BrowserWindow()');
    const preferences = (options['webPreferences'] ?? {}) as Record<string, unknown>;
    const preloadPath = preferences['preload'];
    if (typeof preloadPath !== 'string') throw new Error('The stand-in expects every window to have a preload.');
    // Electron reads the preload when the page loads; a wrong path would leave window.viva missing.
    const preloadSource = readFileSync(preloadPath, 'utf8');
    if (preferences['sandbox'] !== true || preferences['contextIsolation'] !== true) {
      throw new Error('The stand-in runs preloads only as Electron does in a sandboxed, context-isolated window.');
    }
    this.bounds = {
      x: Number(options['x'] ?? 0),
      y: Number(options['y'] ?? 0),
      width: Number(options['width'] ?? 800),
      height: Number(options['height'] ?? 600),
    };
    this.visible = options['show'] !== false;
    this.webContents = strict(
      'webContents',
      new StandInWebContents(runtime, async () => {
        const page = await runtime.openPage();
        await page.setViewportSize({ width: this.bounds.width, height: this.bounds.height });
        await page.exposeBinding(HOST_BINDING, (source: { frame: Frame }, message: unknown) =>
          runtime.fromPage(this.webContents, source.frame, message),
        );
        await page.addInitScript({
          content: pageBootstrap(preloadSource, { preloadInSubFrames: runtime.options.preloadInSubFrames ?? false }),
        });
        page.on('domcontentloaded', () => {
          if (this.destroyed) return;
          this.emit('ready-to-show', standInEvent());
          this.webContents.emit('did-finish-load', standInEvent());
        });
        page.on('crash', () => {
          runtime.record('crashes', { webContentsId: this.webContents.id });
          this.webContents.crashed = true;
          this.webContents.emit('render-process-gone', standInEvent(), { reason: 'crashed', exitCode: 139 });
        });
        page.on('popup', (popup) => void runtime.onPopup(this.webContents, popup));
        return page;
      }),
    );
    this.webContents.owner = this;
    runtime.windows.push(this);
    runtime.record('windows', { options });
    runtime.app.emit('web-contents-created', standInEvent(), this.webContents);
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  show(): void {
    this.visible = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  focus(): void {
    this.focused = true;
    this.focusCount++;
    this.webContents.focus();
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
  }
  restore(): void {
    this.minimized = false;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getBounds(): Bounds {
    return { ...this.bounds };
  }
  getNormalBounds(): Bounds {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<Bounds>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }

  /** Close as Electron does: 'close' may be prevented; otherwise the window is destroyed. */
  close(): boolean {
    if (this.destroyed) return true;
    const event = standInEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroy();
    return true;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    void this.webContents.pageReady.then((page) => page.close().catch(() => undefined));
    this.runtime.windows.splice(this.runtime.windows.indexOf(this), 1);
    this.emit('closed', standInEvent());
    this.webContents.emit('destroyed', standInEvent());
    this.runtime.onWindowClosed();
  }
}

/** What Electron's BrowserWindow class offers Viva, with its statics. */
export function browserWindowClass(runtime: ShellRuntime) {
  const StandIn = function BrowserWindow(options: Record<string, unknown> = {}) {
    return strict('BrowserWindow', new StandInBrowserWindow(runtime, options));
  };
  return strict(
    'BrowserWindow',
    Object.assign(StandIn, {
      getAllWindows: () => runtime.windows.map((window) => strict('BrowserWindow', window)),
      fromWebContents: (contents: StandInWebContents) => {
        const window = runtime.windows.find((candidate) => candidate.webContents === contents);
        return window ? strict('BrowserWindow', window) : null;
      },
      getFocusedWindow: () => runtime.windows.find((window) => window.focused) ?? null,
    }),
  );
}
