import { isTrustedUrl } from './appOrigin';

export interface PermissionQuery {
  permission: string;
  requestingUrl: string;
  /** For 'media' requests: the kinds asked for ('audio', 'video'). */
  mediaTypes?: readonly string[];
  isMainFrame: boolean;
}

/**
 * Whether to grant a permission: only the microphone (audio alone, never the camera), and only
 * to the app's own main frame. Everything else is refused.
 */
export function isPermissionGranted(query: PermissionQuery, origins: readonly string[]): boolean {
  if (!query.isMainFrame || !isTrustedUrl(query.requestingUrl, origins)) return false;
  if (query.permission !== 'media') return false;
  const types = query.mediaTypes ?? [];
  return types.length > 0 && types.every((type) => type === 'audio');
}

/**
 * Whether a synchronous permission check may answer yes: the microphone check only, asked by the
 * app's own main frame (a sub frame of the app's origin is not the app).
 */
export function isPermissionCheckAllowed(
  permission: string,
  requestingUrl: string,
  origins: readonly string[],
  mediaType: string | undefined,
  isMainFrame: boolean,
): boolean {
  if (!isMainFrame || !isTrustedUrl(requestingUrl, origins)) return false;
  return permission === 'media' && mediaType === 'audio';
}
