/*
 * The preload only bridges: it exposes exactly the typed contract on `window.viva` and refuses
 * any channel the contract does not name. It holds no other logic.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isEventChannel, isInvokeChannel } from '../shared/ipc/channels';
import type { VivaApi } from '../shared/ipc/contract';

const api = {
  invoke: (channel, request) => {
    if (!isInvokeChannel(channel)) {
      return Promise.resolve({ ok: false, error: `Unknown channel "${String(channel)}".` });
    }
    return ipcRenderer.invoke(channel, request);
  },
  on: (channel, listener) => {
    if (!isEventChannel(channel)) throw new Error(`Unknown event channel "${String(channel)}".`);
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
} satisfies VivaApi;

contextBridge.exposeInMainWorld('viva', api);
