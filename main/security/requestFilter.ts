import { isTrustedUrl } from './appOrigin';

const LOCAL_SCHEMES = new Set(['devtools:', 'blob:', 'data:', 'chrome-extension:']);

/** Whether the session may perform a request: the app's own pages and in-memory data only. */
export function isRequestAllowed(url: string, origins: readonly string[]): boolean {
  if (isTrustedUrl(url, origins)) return true;
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
