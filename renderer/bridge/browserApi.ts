/*
 * The browser implementation of the preload's contract, for `npm run web` and the end-to-end
 * tests: downloads instead of the native save dialog, a file picker instead of the open dialog,
 * no menu events (the renderer's own shortcuts cover them), and rolling backups kept in the
 * browser's own storage (browserBackupStore.ts). The renderer times rolling backups itself, as
 * on the desktop; only quitting the desktop app asks for one (`backup:due`), so no event comes here.
 */
import type { InvokeChannel } from '../../shared/ipc/channels';
import {
  MAX_FILE_BYTES,
  type InvokeRequest,
  type InvokeResponse,
  type OpenResult,
  type SaveResult,
  type VivaApi,
} from '../../shared/ipc/contract';
import { externalUrlToOpen } from '../../shared/security/externalUrl';
import { createBrowserBackupStore } from './browserBackupStore';

function download(fileName: string, content: string): SaveResult {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/octet-stream' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { status: 'saved', fileName };
}

function acceptFor(kind: string): string {
  return kind === 'backup' ? '.json,application/json' : '.md,.txt,text/plain,text/markdown';
}

function pickFile(kind: string): Promise<OpenResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptFor(kind);
    input.hidden = true;
    input.dataset['testid'] = 'browser-file-input';
    const finish = (result: OpenResult) => {
      input.remove();
      resolve(result);
    };
    input.addEventListener('cancel', () => finish({ status: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return finish({ status: 'cancelled' });
      if (file.size > MAX_FILE_BYTES)
        return finish({ status: 'tooLarge', fileName: file.name, size: file.size, limit: MAX_FILE_BYTES });
      void file.arrayBuffer().then((buffer) => finish({ status: 'opened', fileName: file.name, bytes: new Uint8Array(buffer) }));
    });
    document.body.append(input);
    input.click();
  });
}

type BrowserHandlers = { [C in InvokeChannel]: (request: InvokeRequest<C>) => Promise<InvokeResponse<C>> };

const backups = createBrowserBackupStore();

const handlers: BrowserHandlers = {
  'app:info': async () => ({ name: 'Viva', version: __APP_VERSION__, platform: 'web', isDesktop: false }),
  'file:save': async ({ suggestedName, content }) => download(suggestedName, content),
  'file:open': async ({ kind }) => pickFile(kind),
  'shell:openExternal': async ({ url }) => {
    const safe = externalUrlToOpen(url);
    if (safe) window.open(safe, '_blank', 'noopener,noreferrer');
    return { opened: safe !== null };
  },
  // A browser tab cannot change its own throttling; the answer says what was asked.
  'window:setBackgroundThrottling': async ({ allowed }) => ({ allowed }),
  'backup:write': async ({ content }) => backups.write(content),
  'backup:list': async () => backups.list(),
  'backup:read': async ({ name }) => backups.read(name),
  // Nothing waits on the answer in a browser: a tab cannot hold its own closing.
  'backup:settled': async ({ requestId }) => ({ requestId }),
};

/** The contract of `window.viva`, implemented with browser APIs. */
export function createBrowserApi(): VivaApi {
  return {
    invoke: async (channel, request) => {
      const handler = handlers[channel] as ((request: unknown) => Promise<InvokeResponse<typeof channel>>) | undefined;
      if (!handler) return { ok: false, error: `Unknown channel "${String(channel)}".` };
      try {
        return { ok: true, value: await handler(request) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
    // Menu commands never come in a browser, and a tab cannot hold its own closing for a backup.
    on: () => () => undefined,
  };
}
