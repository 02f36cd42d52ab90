const MAX_URL_LENGTH = 2048;

/**
 * The URL to hand to the system browser, or null when it must not leave the app: only https
 * URLs that parse, with a host and no embedded credentials.
 */
export function externalUrlToOpen(candidate: unknown): string | null {
  if (typeof candidate !== 'string' || candidate.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname === '') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}
