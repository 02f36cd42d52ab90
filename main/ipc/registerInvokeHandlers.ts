import type { IpcMain } from 'electron';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { handleInvoke, type InvokeHandlers } from './handleInvoke';

/** Register every channel of the contract with ipcMain, each through the checking gateway. */
export function registerInvokeHandlers(ipcMain: IpcMain, handlers: InvokeHandlers, origins: readonly string[]): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, request: unknown) => {
      const frame = event.senderFrame;
      const sender = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
      return handleInvoke(channel, request, sender, { webContentsId: event.sender.id }, handlers, origins);
    });
  }
}
