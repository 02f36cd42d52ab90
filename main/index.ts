/*
 * The main process: lifecycle only. Every decision it applies (web preferences, navigation,
 * permissions, IPC senders, window placement, the menu) is a pure function in its own file.
 */
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell, webContents } from 'electron';
import { QUIT_BACKUP_TIMEOUT_MS } from '../shared/backup/backupPolicy';
import type { MenuCommand } from '../shared/ipc/menuCommands';
import { externalUrlToOpen } from '../shared/security/externalUrl';
import { createBackupRequests } from './backups/backupRequests';
import { createBackupStore } from './backups/backupStore';
import { createCloseGuard } from './backups/closeGuard';
import { createInvokeHandlers } from './ipc/createInvokeHandlers';
import { registerInvokeHandlers } from './ipc/registerInvokeHandlers';
import { buildMenuTemplate } from './menu/menuTemplate';
import { APP_SCHEME_PRIVILEGES, serveAppProtocol } from './protocol/serveAppProtocol';
import { APP_ENTRY_URL, trustedOrigins } from './security/appOrigin';
import { hardenSession } from './security/hardenSession';
import { hardenWebContents } from './security/hardenWebContents';
import { createExternalOpenGate } from './security/externalOpenGate';
import { sweepStaleTempFiles } from './files/sweepStaleTempFiles';
import { createMainWindow } from './window/createMainWindow';
import { decideAfterRendererGone } from './window/crashRecovery';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const origins = trustedOrigins(devServerUrl, app.isPackaged);
let mainWindow: BrowserWindow | null = null;
let isQuitting = false;

/** Ask the window's renderer for a backup of the library (it answers only if it changed). */
const backupRequests = createBackupRequests({
  send: (reason, requestId) => {
    if (!mainWindow || mainWindow.isDestroyed() || mainWindow.webContents.isDestroyed()) return false;
    mainWindow.webContents.send('backup:due', { reason, requestId });
    return true;
  },
  timeoutMs: QUIT_BACKUP_TIMEOUT_MS,
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
});

function windowOf(webContentsId: number): BrowserWindow | undefined {
  const contents = webContents.fromId(webContentsId);
  return (contents && BrowserWindow.fromWebContents(contents)) ?? undefined;
}

/** Opens follow the user's own clicks and key presses only, a few a minute at most. */
const externalOpenGate = createExternalOpenGate();

/**
 * The one place Viva hands a URL to the system: only an https URL that passes the check, right
 * after user input. Returns whether it was opened.
 */
async function openInSystemBrowser(url: string): Promise<boolean> {
  const safe = externalUrlToOpen(url);
  if (!safe || !externalOpenGate.mayOpen(Date.now())) return false;
  await shell.openExternal(safe);
  return true;
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send('menu:command', { command });
}

function openMainWindow(): void {
  const window = createMainWindow({
    preloadPath: join(__dirname, '../preload/preload.cjs'),
    userDataDir: app.getPath('userData'),
    url: devServerUrl ?? APP_ENTRY_URL,
  });
  mainWindow = window;
  // Closing or quitting waits (a bounded time) for a last backup of a changed library.
  const closeGuard = createCloseGuard({
    finalBackup: () => backupRequests.request('quit'),
    finish: (quitting) => (quitting ? app.quit() : window.close()),
    isQuitting: () => isQuitting,
  });
  window.on('close', (event) => closeGuard.onClose(() => event.preventDefault()));
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  // A crashed renderer is reloaded; the autosave journal brings back what was being saved.
  let crashes: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    const decision = decideAfterRendererGone(details.reason, crashes, Date.now());
    if (decision.action === 'ignore' || window.isDestroyed()) return;
    crashes = decision.crashes;
    if (decision.action === 'reload') return window.webContents.reload();
    dialog.showErrorBox(
      'Viva keeps stopping',
      'The window stopped several times in a row, so Viva did not reopen it again. What you wrote is kept: quit and start Viva again.',
    );
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession, origins);
  serveAppProtocol(protocol, join(__dirname, '../renderer'));
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => void openInSystemBrowser(url));
    contents.on('input-event', (_inputEvent, input) => externalOpenGate.noteInput(input.type, Date.now()));
  });
  // Writes cut short by a crash or a power cut left temporary files; the finished files are intact.
  const userData = app.getPath('userData');
  for (const folder of [userData, join(userData, 'backups')]) void sweepStaleTempFiles(folder, Date.now());
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
      openInBrowser: openInSystemBrowser,
      setBackgroundThrottling: (id, allowed) => webContents.fromId(id)?.setBackgroundThrottling(allowed),
      printToPdf: async (id) => {
        const contents = webContents.fromId(id);
        if (!contents) throw new Error('The window to print is gone.');
        // The page's print stylesheet sets the page size (@page) and hides everything but the cards.
        return contents.printToPDF({ printBackground: true, preferCSSPageSize: true });
      },
      backups: createBackupStore({ dir: join(userData, 'backups'), clock: Date.now }),
      settleBackupRequest: (requestId) => backupRequests.settle(requestId),
    }),
    origins,
  );
  const template = buildMenuTemplate(
    { platform: process.platform, appName: app.getName(), isDevelopment: !app.isPackaged },
    sendMenuCommand,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  openMainWindow();
  // Rolling backups are timed by the renderer, which sees the changes (soon after the first, then
  // every few minutes while they go on, and when the window hides); main asks for one on quit.
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
  app.on('before-quit', () => {
    isQuitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void start();
}
