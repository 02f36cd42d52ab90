import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../main/security/webPreferences';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/preload.cjs');

  it('isolates the page from Node and Electron', () => {
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(prefs).toMatchObject({ nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('keeps web security on and refuses insecure or experimental content', () => {
    expect(prefs).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, experimentalFeatures: false });
  });

  it('disables webviews and navigation by dropped files', () => {
    expect(prefs).toMatchObject({ webviewTag: false, navigateOnDragDrop: false });
  });

  it('loads the given preload and enables no Blink features', () => {
    expect(prefs.preload).toBe('/app/preload.cjs');
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('turns off middle-click (auxclick) link opening', () => {
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });
});
