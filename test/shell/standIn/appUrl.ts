/*
 * Chromium driven by Playwright cannot intercept a custom scheme, so the stand-in gives app://viva
 * a stand-in https origin inside Chromium and translates at the border: Viva's main process only
 * ever sees app:// URLs (in requests, sender frames, permission requests and navigation events),
 * and the page only ever sees the https form. The .invalid top-level domain never resolves.
 */
export const APP_ORIGIN = 'app://viva';
export const CHROMIUM_APP_ORIGIN = 'https://viva.app-scheme.invalid';

/** The URL as Viva's main process would see it in Electron. */
export function toAppUrl(chromiumUrl: string): string {
  return chromiumUrl.startsWith(`${CHROMIUM_APP_ORIGIN}/`) || chromiumUrl === CHROMIUM_APP_ORIGIN
    ? APP_ORIGIN + chromiumUrl.slice(CHROMIUM_APP_ORIGIN.length)
    : chromiumUrl;
}

/** The URL Chromium is given for one Viva asks to load. */
export function toChromiumUrl(appUrl: string): string {
  return appUrl.startsWith(`${APP_ORIGIN}/`) || appUrl === APP_ORIGIN
    ? CHROMIUM_APP_ORIGIN + appUrl.slice(APP_ORIGIN.length)
    : appUrl;
}
