import { posix, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from '../security/appOrigin';

/**
 * The file on disk that an app:// URL names, or null when the URL is not the app's or tries to
 * leave the renderer folder (`..`, encoded separators, absolute paths).
 */
export function resolveAppPath(requestUrl: string, rendererRoot: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // The URL parser already resolved literal dot segments; any left came from encoding: refuse.
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').includes('..')) return null;
  const normalized = posix.normalize(pathname === '/' ? '/index.html' : pathname);
  const root = resolve(rendererRoot);
  const target = resolve(root, `.${normalized}`);
  return target.startsWith(root + sep) ? target : null;
}
