import type { Session } from 'electron';
import { isPermissionCheckAllowed, isPermissionGranted } from './permissions';
import { isRequestAllowed } from './requestFilter';

/** Wire the permission and request policies into a session: the microphone only, no network. */
export function hardenSession(session: Session, origins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(
      isPermissionGranted(
        {
          permission,
          requestingUrl: details.requestingUrl,
          isMainFrame: details.isMainFrame,
          ...(mediaTypes ? { mediaTypes } : {}),
        },
        origins,
      ),
    );
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionCheckAllowed(
      permission,
      details.requestingUrl ?? requestingOrigin,
      origins,
      details.mediaType,
      details.isMainFrame,
    ),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, origins) });
  });
}
