import type { WebPreferences } from 'electron';

/** The BrowserWindow web preferences: every hardening switch Electron's checklist names. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // A middle click would otherwise open a link as a new window (which is then denied anyway).
    disableBlinkFeatures: 'Auxclick',
    safeDialogs: true,
    spellcheck: true,
    devTools: true,
  };
}
