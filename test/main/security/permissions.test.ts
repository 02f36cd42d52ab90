import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../main/security/appOrigin';
import { isPermissionCheckAllowed, isPermissionGranted } from '../../../main/security/permissions';

const origins = [APP_ORIGIN];
const app = { requestingUrl: 'app://viva/index.html', isMainFrame: true };

describe('isPermissionGranted', () => {
  it('grants the microphone to the app page', () => {
    expect(isPermissionGranted({ ...app, permission: 'media', mediaTypes: ['audio'] }, origins)).toBe(true);
  });

  it('refuses the camera, alone or with the microphone', () => {
    expect(isPermissionGranted({ ...app, permission: 'media', mediaTypes: ['video'] }, origins)).toBe(false);
    expect(isPermissionGranted({ ...app, permission: 'media', mediaTypes: ['audio', 'video'] }, origins)).toBe(false);
    expect(isPermissionGranted({ ...app, permission: 'media', mediaTypes: [] }, origins)).toBe(false);
  });

  it('refuses every other permission', () => {
    for (const permission of [
      'geolocation',
      'notifications',
      'clipboard-read',
      'midi',
      'openExternal',
      'fullscreen',
      'display-capture',
    ]) {
      expect(isPermissionGranted({ ...app, permission }, origins)).toBe(false);
    }
  });

  it('refuses the microphone to other origins and to sub-frames', () => {
    expect(
      isPermissionGranted(
        { permission: 'media', mediaTypes: ['audio'], requestingUrl: 'https://evil.example/', isMainFrame: true },
        origins,
      ),
    ).toBe(false);
    expect(isPermissionGranted({ ...app, permission: 'media', mediaTypes: ['audio'], isMainFrame: false }, origins)).toBe(false);
  });
});

describe('isPermissionCheckAllowed', () => {
  it('answers yes only for the app asking about audio', () => {
    expect(isPermissionCheckAllowed('media', 'app://viva/', origins, 'audio', true)).toBe(true);
    expect(isPermissionCheckAllowed('media', 'app://viva/', origins, 'video', true)).toBe(false);
    expect(isPermissionCheckAllowed('geolocation', 'app://viva/', origins, undefined, true)).toBe(false);
    expect(isPermissionCheckAllowed('media', 'https://evil.example/', origins, 'audio', true)).toBe(false);
  });

  it('answers no to a sub frame, even one of the app’s own origin', () => {
    expect(isPermissionCheckAllowed('media', 'app://viva/', origins, 'audio', false)).toBe(false);
  });
});
