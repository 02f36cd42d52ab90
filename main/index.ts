/*
 * The main process: lifecycle only. Every decision it applies (web preferences, navigation,
 * permissions, IPC senders, window placement, the menu) is a pure function in its own file.
 */
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell, webContents } from 'electron';
import type { MenuCommand } from '../shared/ipc/menuCommands';
import { createInvokeHandlers } from './ipc/createInvokeHandlers';
import { registerInvokeHandlers } from './ipc/registerInvokeHandlers';
import { buildMenuTemplate } from './menu/menuTemplate';
import { APP_SCHEME_PRIVILEGES, serveAppProtocol } from './protocol/serveAppProtocol';
import { APP_ENTRY_URL, trustedOrigins } from './security/appOrigin';
import { hardenSession } from './security/hardenSession';
import { hardenWebContents } from './security/hardenWebContents';
import { createMainWindow } from './window/createMainWindow';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const origins = trustedOrigins(devServerUrl, app.isPackaged);
let mainWindow: BrowserWindow | null = null;

function windowOf(webContentsId: number): BrowserWindow | undefined {
  const contents = webContents.fromId(webContentsId);
  return (contents && BrowserWindow.fromWebContents(contents)) ?? undefined;
}

function openExternal(url: string): void {
  void shell.openExternal(url);
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send('menu:command', { command });
}

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preloadPath: join(__dirname, '../preload/preload.cjs'),
    userDataDir: app.getPath('userData'),
    url: devServerUrl ?? APP_ENTRY_URL,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession, origins);
  serveAppProtocol(protocol, join(__dirname, '../renderer'));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  registerInvokeHandlers(
    ipcMain,
    createInvokeHandlers({
      appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
      documentsDir: app.getPath('documents'),
      showSaveDialog: async (id, options) => {
        const owner = windowOf(id);
        const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      showOpenDialog: async (id, options) => {
        const owner = windowOf(id);
        const dialogOptions = { ...options, properties: ['openFile' as const] };
        const result = owner ? await dialog.showOpenDialog(owner, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      openExternal: (url) => shell.openExternal(url),
      setBackgroundThrottling: (id, allowed) => webContents.fromId(id)?.setBackgroundThrottling(allowed),
    }),
    origins,
  );
  const template = buildMenuTemplate(
    { platform: process.platform, appName: app.getName(), isDevelopment: !app.isPackaged },
    sendMenuCommand,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void start();
}
