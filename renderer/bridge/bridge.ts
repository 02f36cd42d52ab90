/*
 * The only module that reads the preload's API. In Electron it uses `window.viva`; in a plain
 * browser it uses the browser implementation of the same contract. Everything else in the
 * renderer calls the typed functions below, which turn IPC failures into thrown errors.
 */
import type { EventChannel, InvokeChannel } from '../../shared/ipc/channels';
import type { EventPayloads, InvokeRequest, InvokeResponse, VivaApi } from '../../shared/ipc/contract';
import type { FileKind, OpenResult, SaveResult, AppInfo } from '../../shared/ipc/contract';
import type { MenuCommand } from '../../shared/ipc/menuCommands';
import type { BackupEntry } from '../../shared/backup/backupNames';
import { createBrowserApi } from './browserApi';

declare global {
  interface Window {
    viva?: VivaApi;
  }
}

const api: VivaApi = window.viva ?? createBrowserApi();

async function invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResponse<C>> {
  const result = await api.invoke(channel, request);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function on<C extends EventChannel>(channel: C, listener: (payload: EventPayloads[C]) => void): () => void {
  return api.on(channel, listener);
}

/** Whether the app runs inside the desktop shell (native dialogs, menu, backups). */
export const isDesktop = window.viva !== undefined;

export function getAppInfo(): Promise<AppInfo> {
  return invoke('app:info', undefined);
}

/** Save text or bytes through the native dialog (desktop) or as a download (browser). */
export function saveFile(kind: FileKind, suggestedName: string, content: string | Uint8Array): Promise<SaveResult> {
  return invoke('file:save', { kind, suggestedName, content });
}

/** Print the current page to a PDF the user names (desktop only; the browser prints instead). */
export function savePdf(suggestedName: string): Promise<SaveResult> {
  return invoke('file:savePdf', { suggestedName });
}

/** Let the user pick a file to open, through the native dialog or the browser's picker. */
export function openFile(kind: FileKind): Promise<OpenResult> {
  return invoke('file:open', { kind });
}

/** Open an https link in the system browser; other links are refused. */
export function openExternal(url: string): Promise<{ opened: boolean }> {
  return invoke('shell:openExternal', { url });
}

/** Keep timers exact while rehearsing, even when the window is hidden. */
export function setBackgroundThrottling(allowed: boolean): Promise<{ allowed: boolean }> {
  return invoke('window:setBackgroundThrottling', { allowed });
}

/** Listen for commands from the application menu. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return on('menu:command', (payload) => listener(payload.command));
}

/** Store a rolling backup of the whole library (desktop: a file in userData/backups). */
export function writeBackup(content: string, storyCount: number): Promise<BackupEntry> {
  return invoke('backup:write', { content, storyCount });
}

/** The stored rolling backups, newest first. */
export function listBackups(): Promise<BackupEntry[]> {
  return invoke('backup:list', undefined);
}

/** The content of one stored backup, named as listBackups names it. */
export function readBackup(name: string): Promise<{ name: string; content: string }> {
  return invoke('backup:read', { name });
}

/** Tell main a backup request was handled (a closing window waits for this). */
export function settleBackupRequest(requestId: number): Promise<{ requestId: number }> {
  return invoke('backup:settled', { requestId });
}

/** Listen for main asking for a backup (every few minutes, and before closing). */
export function onBackupDue(listener: (payload: EventPayloads['backup:due']) => void): () => void {
  return on('backup:due', listener);
}
