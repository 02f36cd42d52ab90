/** The custom scheme the app's own pages are served from (never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'viva';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The origins whose pages count as the app's own: the custom scheme, and in development only,
 * the dev server electron-vite announces (and its hot-reload websocket).
 */
export function trustedOrigins(devServerUrl: string | undefined, isPackaged: boolean): string[] {
  if (isPackaged || !devServerUrl) return [APP_ORIGIN];
  try {
    const dev = new URL(devServerUrl);
    if (dev.protocol !== 'http:' && dev.protocol !== 'https:') return [APP_ORIGIN];
    return [APP_ORIGIN, dev.origin, `${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`];
  } catch {
    return [APP_ORIGIN];
  }
}

/** Whether a URL belongs to one of the trusted origins. */
export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  try {
    const parsed = new URL(url);
    // Custom schemes report an opaque origin ("null"), so compare scheme and host instead.
    const origin = `${parsed.protocol}//${parsed.host}`;
    return origins.includes(origin);
  } catch {
    return false;
  }
}
