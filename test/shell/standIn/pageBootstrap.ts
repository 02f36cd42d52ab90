/*
 * The script the stand-in runs in every frame of a window before the page's own scripts. It
 * gives the built preload exactly what Electron's sandbox gives a preload: `require('electron')`
 * with contextBridge and ipcRenderer, and nothing else (no Node modules, no `process` beyond a
 * few fields). It also routes the page's real permission requests (getUserMedia, the
 * microphone permission query) to the permission handlers main set on the session.
 *
 * The script is text: the app's CSP forbids eval, so the preload is embedded, not evaluated.
 */
export const HOST_BINDING = '__vivaStandInHost';
export const DELIVER_KEY = '__vivaStandInDeliver';

function pageSide(runPreload: (require: (name: string) => unknown) => void, preloadInSubFrames: boolean): void {
  const host = (globalThis as unknown as Record<string, (message: unknown) => Promise<unknown>>)['__vivaStandInHost'];
  if (typeof host !== 'function') return;
  const isTop = window.top === window;
  const BYTES = '__standInBytes';
  const toWire = (value: unknown): unknown => {
    if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
      const bytes = value instanceof Uint8Array ? value : new Uint8Array(value);
      let binary = '';
      for (let start = 0; start < bytes.length; start += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
      }
      return { [BYTES]: btoa(binary) };
    }
    if (Array.isArray(value)) return value.map(toWire);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toWire(item)]));
    }
    return value;
  };
  const fromWire = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(fromWire);
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record[BYTES] === 'string') return Uint8Array.from(atob(record[BYTES]), (char) => char.charCodeAt(0));
      return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, fromWire(item)]));
    }
    return value;
  };

  // Real input (a trusted event, never one a script dispatched) reaches main as Electron's
  // 'input-event', which the browser process reports for every input the window receives.
  const inputTypes: Record<string, string> = {
    mousedown: 'mouseDown',
    mouseup: 'mouseUp',
    keydown: 'keyDown',
    touchend: 'touchEnd',
  };
  for (const [domType, electronType] of Object.entries(inputTypes)) {
    window.addEventListener(
      domType,
      (event) => {
        if (event.isTrusted) void host({ kind: 'input', type: electronType });
      },
      { capture: true },
    );
  }

  // window.open asks main's window-open handler first, as Electron does before it creates a
  // window; a refused open returns null, as it does in Electron.
  const originalOpen = window.open;
  window.open = function open(url?: string | URL, target?: string, features?: string) {
    const absolute = url === undefined || String(url) === '' ? 'about:blank' : new URL(String(url), location.href).href;
    void host({ kind: 'windowOpen', url: absolute, frameName: target ?? '', features: features ?? '' }).then((answer) => {
      if ((answer as { allow: boolean }).allow) originalOpen.call(window, url, target, features);
    });
    return null;
  };

  // Permission requests, as Chromium would put them to Electron's session handlers.
  const media = globalThis.MediaDevices?.prototype;
  const originalGetUserMedia = media?.getUserMedia;
  if (media && originalGetUserMedia) {
    media.getUserMedia = async function getUserMedia(this: MediaDevices, constraints?: MediaStreamConstraints) {
      const mediaTypes = [constraints?.audio ? 'audio' : null, constraints?.video ? 'video' : null].filter(Boolean);
      const answer = (await host({ kind: 'permission', permission: 'media', mediaTypes })) as { granted: boolean };
      if (!answer.granted) throw new DOMException('Permission denied', 'NotAllowedError');
      return originalGetUserMedia.call(this, constraints);
    };
  }
  const permissions = globalThis.Permissions?.prototype;
  const originalQuery = permissions?.query;
  if (permissions && originalQuery) {
    permissions.query = async function query(this: Permissions, descriptor: PermissionDescriptor) {
      if (descriptor?.name !== ('microphone' as PermissionName)) return originalQuery.call(this, descriptor);
      const answer = (await host({ kind: 'permissionCheck', permission: 'media', mediaType: 'audio' })) as { granted: boolean };
      return { name: 'microphone', state: answer.granted ? 'granted' : 'denied', onchange: null } as unknown as PermissionStatus;
    };
  }

  if (!isTop && !preloadInSubFrames) return;
  // The preload's channel to main; page scripts cannot reach it once the preload holds it.
  try {
    delete (globalThis as Record<string, unknown>)['__vivaStandInHost'];
  } catch {
    // A binding that cannot be removed stays; the preload still works.
  }
  type Listener = (event: unknown, ...args: unknown[]) => void;
  const listeners = new Map<string, Listener[]>();
  const event = { sender: null as unknown, senderId: 0 };
  const ipcRenderer = {
    async invoke(channel: string, ...args: unknown[]) {
      const answer = (await host({ kind: 'invoke', channel, args: toWire(args) })) as { error?: string; value?: unknown };
      if (answer.error !== undefined) throw new Error(`Error invoking remote method '${channel}': ${answer.error}`);
      return fromWire(answer.value);
    },
    send(channel: string, ...args: unknown[]) {
      void host({ kind: 'send', channel, args: toWire(args) });
    },
    on(channel: string, listener: Listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipcRenderer;
    },
    removeListener(channel: string, listener: Listener) {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((candidate) => candidate !== listener),
      );
      return ipcRenderer;
    },
  };
  event.sender = ipcRenderer;
  Object.defineProperty(globalThis, '__vivaStandInDeliver', {
    value: (channel: string, args: unknown[]) => {
      for (const listener of listeners.get(channel) ?? []) listener(event, ...(fromWire(args) as unknown[]));
    },
  });
  const contextBridge = {
    exposeInMainWorld(key: string, api: Record<string, unknown>) {
      if (key in window) throw new Error('Cannot bind an API on top of an existing property on the window object');
      Object.defineProperty(window, key, { value: Object.freeze({ ...api }), enumerable: true });
    },
  };
  const strict = (name: string, target: Record<string, unknown>) =>
    new Proxy(target, {
      get(object, key) {
        if (typeof key === 'symbol' || key in object) return object[key as string];
        throw new Error(`The stand-in sandboxed preload does not implement ${name}.${key}.`);
      },
    });
  const electron = strict('electron', {
    contextBridge: strict('contextBridge', contextBridge),
    ipcRenderer: strict('ipcRenderer', ipcRenderer),
  });
  runPreload((name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`A sandboxed preload cannot require "${name}": only "electron" is available in the stand-in.`);
  });
}

/** The init script for a window: the page side above, with the built preload embedded. */
export function pageBootstrap(preloadSource: string, options: { preloadInSubFrames: boolean }): string {
  const runPreload = `function (require) {
  const module = { exports: {} };
  const exports = module.exports;
  const process = Object.freeze({ platform: ${JSON.stringify(process.platform)}, sandboxed: true, contextIsolated: true, type: 'renderer', env: {} });
  (function (require, module, exports, process) {
${preloadSource}
  })(require, module, exports, process);
}`;
  return `(${pageSide.toString()})(${runPreload}, ${JSON.stringify(options.preloadInSubFrames)});`;
}
