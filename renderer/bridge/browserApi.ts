/*
 * The browser implementation of the preload's contract, for `npm run web` and the end-to-end
 * tests: downloads instead of the native save dialog, a file picker instead of the open dialog,
 * no menu events (the renderer's own shortcuts cover them), and rolling backups kept in the
 * browser's own storage (browserBackupStore.ts). The renderer times rolling backups itself, as
 * on the desktop; only quitting the desktop app asks for one (`backup:due`), so no event comes here.
 */
import type { InvokeChannel } from '../../shared/ipc/channels';
import { MAX_FILE_BYTES } from '../../shared/ipc/fileLimits';
import type { FileKind, InvokeRequest, InvokeResponse, OpenResult, SaveResult, VivaApi } from '../../shared/ipc/contract';
import { externalUrlToOpen } from '../../shared/security/externalUrl';
import { createBrowserBackupStore } from './browserBackupStore';
import { errorMessage } from '../../shared/text/errorMessage';

/** The registry's file type of a kind, loaded on first use so start-up code stays small. */
async function fileTypeOf(kind: FileKind) {
  return (await import('../../shared/export/formats/exportFormats')).findFileType(kind);
}

async function download(kind: FileKind, fileName: string, content: string | Uint8Array): Promise<SaveResult> {
  const type = (await fileTypeOf(kind))?.mimeType ?? 'application/octet-stream';
  // A Blob copies the bytes; the cast only widens Uint8Array<ArrayBufferLike> for TypeScript.
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
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

/** The file picker's accept list, from the registry's file type. */
async function acceptFor(kind: FileKind): Promise<string> {
  const type = await fileTypeOf(kind);
  return type
    ? [...[type.extension, ...(type.moreExtensions ?? [])].map((extension) => `.${extension}`), type.mimeType].join(',')
    : '';
}

async function pickFile(kind: FileKind): Promise<OpenResult> {
  // Read before the picker opens: the click below must follow the user's own within moments.
  const accept = await acceptFor(kind);
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
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
  'file:save': async ({ kind, suggestedName, content }) => download(kind, suggestedName, content),
  // The browser has no print-to-file: the page offers its own Print button instead.
  'file:savePdf': async () => {
    throw new Error('Saving a PDF needs the desktop app. Use Print… and choose “Save as PDF” as the printer.');
  },
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
        return { ok: false, error: errorMessage(error) };
      }
    },
    // Menu commands never come in a browser, and a tab cannot hold its own closing for a backup.
    on: () => () => undefined,
  };
}
