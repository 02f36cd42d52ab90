import { basename, join } from 'node:path';
import { MAX_FILE_BYTES, type FileKind, type SaveResult } from '../../shared/ipc/contract';
import { fileFilters } from '../files/fileFilters';
import { readFileBounded } from '../files/readFileBounded';
import { describeDiskError } from '../files/describeDiskError';
import { writeFileAtomic } from '../files/writeFileAtomic';
import { externalUrlToOpen } from '../../shared/security/externalUrl';
import { createBackupHandlers, type BackupHandlerDeps } from './backupHandlers';
import type { InvokeHandlers } from './handleInvoke';

/** What the handlers need from Electron, passed in so they can be tested with fakes. */
export interface HandlerDeps extends BackupHandlerDeps {
  appInfo: { name: string; version: string; platform: string };
  documentsDir: string;
  showSaveDialog(webContentsId: number, options: { defaultPath: string; filters: Electron.FileFilter[] }): Promise<string | null>;
  showOpenDialog(webContentsId: number, options: { filters: Electron.FileFilter[] }): Promise<string | null>;
  /**
   * Hand a checked https URL to the system browser (main/index.ts holds the one shell call);
   * false when it was not opened (no user input just before it, or too many opens).
   */
  openInBrowser(url: string): Promise<boolean>;
  setBackgroundThrottling(webContentsId: number, allowed: boolean): void;
  /** The page of this webContents printed to PDF with its print stylesheet. */
  printToPdf(webContentsId: number): Promise<Uint8Array>;
}

/** Ask where to save, then write what `produce` makes there atomically; the user's words name the failure. */
async function saveThroughDialog(
  deps: HandlerDeps,
  webContentsId: number,
  request: { kind: FileKind; suggestedName: string },
  produce: () => Promise<string | Uint8Array>,
): Promise<SaveResult> {
  const defaultPath = join(deps.documentsDir, request.suggestedName);
  const target = await deps.showSaveDialog(webContentsId, { defaultPath, filters: fileFilters(request.kind) });
  if (!target) return { status: 'cancelled' };
  const content = await produce();
  try {
    await writeFileAtomic(target, content);
  } catch (error) {
    throw new Error(describeDiskError(error, `Viva could not save “${basename(target)}”`), { cause: error });
  }
  return { status: 'saved', fileName: basename(target) };
}

/** The handler of every invoke channel. */
export function createInvokeHandlers(deps: HandlerDeps): InvokeHandlers {
  return {
    'app:info': async () => ({ ...deps.appInfo, isDesktop: true }),
    'file:save': (request, context) => saveThroughDialog(deps, context.webContentsId, request, async () => request.content),
    'file:savePdf': (request, context) =>
      saveThroughDialog(deps, context.webContentsId, { kind: 'cueCards', suggestedName: request.suggestedName }, () =>
        deps.printToPdf(context.webContentsId),
      ),
    'file:open': async (request, context) => {
      const source = await deps.showOpenDialog(context.webContentsId, { filters: fileFilters(request.kind) });
      if (!source) return { status: 'cancelled' };
      const read = await readFileBounded(source, MAX_FILE_BYTES).catch((error: unknown) => {
        throw new Error(describeDiskError(error, `Viva could not read “${basename(source)}”`), { cause: error });
      });
      if (read.status === 'tooLarge')
        return { status: 'tooLarge', fileName: basename(source), size: read.size, limit: MAX_FILE_BYTES };
      return { status: 'opened', fileName: basename(source), bytes: read.bytes };
    },
    'shell:openExternal': async (request) => {
      const url = externalUrlToOpen(request.url);
      if (!url) return { opened: false };
      return { opened: await deps.openInBrowser(url) };
    },
    'window:setBackgroundThrottling': async (request, context) => {
      deps.setBackgroundThrottling(context.webContentsId, request.allowed);
      return { allowed: request.allowed };
    },
    ...createBackupHandlers(deps),
  };
}
