import { describe, expect, it, vi } from 'vitest';
import { handleInvoke, type InvokeHandlers } from '../../../main/ipc/handleInvoke';
import { APP_ORIGIN } from '../../../main/security/appOrigin';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';

const origins = [APP_ORIGIN];
const appFrame = { url: 'app://viva/index.html', isMainFrame: true };
const context = { webContentsId: 1 };

function fakeHandlers(): InvokeHandlers {
  return {
    'app:info': vi.fn(async () => ({ name: 'Viva', version: '1.0.0', platform: 'linux', isDesktop: true })),
    'file:save': vi.fn(async () => ({ status: 'cancelled' as const })),
    'file:savePdf': vi.fn(async () => ({ status: 'cancelled' as const })),
    'file:open': vi.fn(async () => ({ status: 'cancelled' as const })),
    'shell:openExternal': vi.fn(async () => ({ opened: true })),
    'window:setBackgroundThrottling': vi.fn(async ({ allowed }) => ({ allowed })),
    'backup:write': vi.fn(async () => ({ name: 'b', createdAt: 0, storyCount: 0, size: 0 })),
    'backup:list': vi.fn(async () => []),
    'backup:read': vi.fn(async ({ name }) => ({ name, content: '{}' })),
    'backup:settled': vi.fn(async ({ requestId }) => ({ requestId })),
  };
}

describe('handleInvoke', () => {
  it('runs the handler for a valid request from the app', async () => {
    const handlers = fakeHandlers();
    const result = await handleInvoke('window:setBackgroundThrottling', { allowed: false }, appFrame, context, handlers, origins);
    expect(result).toEqual({ ok: true, value: { allowed: false } });
    expect(handlers['window:setBackgroundThrottling']).toHaveBeenCalledWith({ allowed: false }, context);
  });

  it('refuses a request from a foreign page or a sub-frame without running the handler', async () => {
    const handlers = fakeHandlers();
    for (const frame of [{ url: 'https://evil.example/', isMainFrame: true }, { ...appFrame, isMainFrame: false }, null]) {
      const result = await handleInvoke('app:info', undefined, frame, context, handlers, origins);
      expect(result.ok).toBe(false);
    }
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it('refuses a malformed payload, naming the field', async () => {
    const handlers = fakeHandlers();
    const result = await handleInvoke(
      'file:save',
      { kind: 'markdown', suggestedName: '../../etc/passwd', content: 'x' },
      appFrame,
      context,
      handlers,
      origins,
    );
    expect(result).toEqual({ ok: false, error: expect.stringContaining('suggestedName') });
    expect(handlers['file:save']).not.toHaveBeenCalled();
  });

  it('takes bytes or text to save, of a registered kind only, within the size limit', async () => {
    const handlers = fakeHandlers();
    const save = (request: unknown) => handleInvoke('file:save', request, appFrame, context, handlers, origins);
    expect(await save({ kind: 'pptx', suggestedName: 'talk.pptx', content: new Uint8Array([80, 75, 3, 4]) })).toMatchObject({
      ok: true,
    });
    expect(await save({ kind: 'beamer', suggestedName: 'talk.tex', content: '\\documentclass{beamer}' })).toMatchObject({
      ok: true,
    });
    for (const bad of [
      { kind: 'exe', suggestedName: 'x.exe', content: 'x' },
      { kind: 'constructor', suggestedName: 'x', content: 'x' },
      { kind: 'pptx', suggestedName: 'x.pptx', content: [80, 75] },
      { kind: 'pptx', suggestedName: 'x.pptx', content: new Uint8Array(MAX_FILE_BYTES + 1) },
      { kind: 'markdown', suggestedName: 'x.md', content: 'é'.repeat(MAX_FILE_BYTES / 2 + 1) },
    ]) {
      expect(await save(bad), JSON.stringify(bad.kind)).toMatchObject({ ok: false });
    }
    expect(handlers['file:save']).toHaveBeenCalledTimes(2);
  });

  it('refuses extra payload fields (a path smuggled in beside the name)', async () => {
    const handlers = fakeHandlers();
    const result = await handleInvoke('file:open', { kind: 'backup', path: '/etc/passwd' }, appFrame, context, handlers, origins);
    expect(result.ok).toBe(false);
    expect(handlers['file:open']).not.toHaveBeenCalled();
  });

  it('reads backups by name only: a path in place of a backup name is refused', async () => {
    const handlers = fakeHandlers();
    for (const name of ['../../etc/passwd', '/home/me/.ssh/id_rsa', 'viva-backup-2026-01-01T00-00-00-000Z-1-stories.json/../x']) {
      const result = await handleInvoke('backup:read', { name }, appFrame, context, handlers, origins);
      expect(result).toEqual({ ok: false, error: expect.stringContaining('name') });
    }
    expect(handlers['backup:read']).not.toHaveBeenCalled();
    const valid = 'viva-backup-2026-01-01T00-00-00-000Z-1-stories.json';
    expect(await handleInvoke('backup:read', { name: valid }, appFrame, context, handlers, origins)).toEqual({
      ok: true,
      value: { name: valid, content: '{}' },
    });
  });

  it('turns a handler failure into an error message', async () => {
    const handlers = fakeHandlers();
    handlers['app:info'] = async () => {
      throw new Error('disk on fire');
    };
    expect(await handleInvoke('app:info', undefined, appFrame, context, handlers, origins)).toEqual({
      ok: false,
      error: 'disk on fire',
    });
  });
});
