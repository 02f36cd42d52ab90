const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Whether a link target is one Viva keeps: an absolute http(s) or mailto URL that parses. */
export function isSafeHref(href: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}
