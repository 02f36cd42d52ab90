import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import type { VivaApi } from '../../shared/ipc/contract';

const exposed: Record<string, unknown> = {};
const ipcRenderer = { invoke: vi.fn(async () => ({ ok: true, value: 'x' })), on: vi.fn(), removeListener: vi.fn() };

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer,
}));

async function loadApi(): Promise<VivaApi> {
  vi.resetModules();
  await import('../../main/preload');
  return exposed['viva'] as VivaApi;
}

describe('preload', () => {
  beforeEach(() => {
    ipcRenderer.invoke.mockClear();
    ipcRenderer.on.mockClear();
  });

  it('exposes exactly invoke and on, as window.viva', async () => {
    const api = await loadApi();
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards every channel of the contract', async () => {
    const api = await loadApi();
    for (const channel of INVOKE_CHANNELS) await api.invoke(channel, undefined as never);
    expect(ipcRenderer.invoke.mock.calls.map((call) => (call as unknown[])[0])).toEqual([...INVOKE_CHANNELS]);
  });

  it('refuses channels outside the contract without reaching main', async () => {
    const api = await loadApi();
    const result = await api.invoke('fs:readFile' as never, { path: '/etc/passwd' } as never);
    expect(result).toEqual({ ok: false, error: 'Unknown channel "fs:readFile".' });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    expect(() => api.on('shell:exec' as never, () => undefined)).toThrow('Unknown event channel');
  });

  it('passes only the payload to listeners, never the IPC event, and can unsubscribe', async () => {
    const api = await loadApi();
    const listener = vi.fn();
    const unsubscribe = api.on('menu:command', listener);
    const forward = (ipcRenderer.on.mock.calls[0] as unknown as [string, (event: unknown, payload: unknown) => void])[1];
    forward({ sender: 'secret' }, { command: 'newStory' });
    expect(listener).toHaveBeenCalledWith({ command: 'newStory' });
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('menu:command', forward);
  });
});
