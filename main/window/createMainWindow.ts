import { BrowserWindow, nativeTheme, screen } from 'electron';
import { secureWebPreferences } from '../security/webPreferences';
import { keepWindowVisible } from './keepWindowVisible';
import { MIN_SIZE, restoreBounds } from './windowBounds';
import { loadWindowState, saveWindowState } from './windowStateStore';

export interface MainWindowOptions {
  preloadPath: string;
  userDataDir: string;
  url: string;
}

/** The one app window: hardened preferences, restored bounds, shown once painted. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const saved = loadWindowState(options.userDataDir);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const bounds = restoreBounds(saved, workAreas, screen.getPrimaryDisplay().workArea);
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Viva',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#fbfaf7',
    // The switches that matter most are repeated literally where Electron reads them, so a
    // static scanner (electronegativity, in CI) can see them; they equal the pure function's.
    webPreferences: {
      ...secureWebPreferences(options.preloadPath),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (saved?.isMaximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    void saveWindowState(options.userDataDir, { ...window.getNormalBounds(), isMaximized: window.isMaximized() });
  });
  keepWindowVisible(window);
  void window.loadURL(options.url);
  return window;
}
