/*
 * Export and import through files: story markdown, slide decks, notes, and JSON backups of one
 * story or the whole library. Files go through the bridge (native dialogs in the desktop shell,
 * downloads and a file picker in a browser); importing goes through renderer/data, which checks
 * the whole file before writing any of it.
 */
import type { StateCreator } from 'zustand';
import { formatSizeOverLimit, MAX_BACKUP_BYTES, tooLargeMessage } from '../../shared/backup/backupLimits';
import { serializeBackup } from '../../shared/backup/createBackupFile';
import type { BackupProblem } from '../../shared/backup/backupProblem';
import type { ImportReport } from '../../shared/backup/planImport';
import type { FileKind } from '../../shared/ipc/contract';
import { utf8ByteLength } from '../../shared/text/utf8ByteLength';
import { openFile, saveFile, savePdf } from '../bridge/bridge';
import type { ImportProgress } from '../data/backupRepository';
import { describeStorageError } from '../data/describeStorageError';
import type { AppState } from './appState';
import type { Services } from './services';

export type ImportState =
  | { status: 'idle' }
  | { status: 'running'; fileName: string; progress: ImportProgress }
  | { status: 'failed'; fileName: string; problems: BackupProblem[] }
  | { status: 'done'; fileName: string; report: ImportReport; notes: BackupProblem[] };

/** The export and import dialogs; at most one is open. */
export type ExchangeDialog = 'exportStory' | 'exportLibrary' | 'import';

export interface ExchangeSlice {
  exchangeDialog: ExchangeDialog | null;
  openExchangeDialog(dialog: ExchangeDialog): void;
  closeExchangeDialog(): void;
  importState: ImportState;
  /**
   * Let the user pick a backup file and import it: all of it, or nothing with every problem listed;
   * afterWrite runs once records were written (importBackupFile in workflows.ts reloads the library).
   */
  runBackupImport(afterWrite: () => Promise<void>): Promise<void>;
  clearImport(): void;
  /** Save text as a file; returns the saved file's name, or null when the user cancelled. */
  /** Save a file through the dialog (desktop) or as a download; its name once saved, null if cancelled. */
  exportFile(kind: FileKind, suggestedName: string, content: string | Uint8Array): Promise<string | null>;
  /** Print the current page (the cue cards) to a PDF the user names; null if cancelled. */
  exportPdf(suggestedName: string): Promise<string | null>;
  /** Write a backup of one story or the whole library as stored now (exportBackup in workflows.ts saves pending edits first). */
  saveBackupFile(options: { storyId?: string; includeRecordings: boolean; suggestedName: string }): Promise<string | null>;
}

export function createExchangeSlice(services: Services): StateCreator<AppState, [], [], ExchangeSlice> {
  return (set, get) => {
    /** The import dialog may have been closed while the file was read: then say how it ended. */
    const announceIfHidden = (text: string, tone: 'info' | 'error') => {
      if (get().exchangeDialog !== 'import') get().notify(text, tone);
    };
    return {
      exchangeDialog: null,
      openExchangeDialog: (dialog) => set({ exchangeDialog: dialog }),
      closeExchangeDialog: () => set({ exchangeDialog: null }),
      importState: { status: 'idle' },
      clearImport: () => set({ importState: { status: 'idle' } }),
      runBackupImport: async (afterWrite) => {
        const opened = await openFile('backup');
        if (opened.status === 'cancelled') return;
        const { fileName } = opened;
        if (opened.status === 'tooLarge') {
          const problem = {
            where: '',
            message: tooLargeMessage(opened.size, opened.limit),
          };
          return set({ importState: { status: 'failed', fileName, problems: [problem] } });
        }
        set({ importState: { status: 'running', fileName, progress: { stage: 'checking', done: 0, total: 0 } } });
        try {
          const outcome = await services.backupFiles.importBytes(opened.bytes, (progress) =>
            set({ importState: { status: 'running', fileName, progress } }),
          );
          if (!outcome.ok) {
            set({ importState: { status: 'failed', fileName, problems: outcome.problems } });
            announceIfHidden(
              `Nothing was imported: “${fileName}” is not a readable Viva backup. Open Import… to see why.`,
              'error',
            );
            return;
          }
          set({ importState: { status: 'done', fileName, report: outcome.report, notes: outcome.notes } });
          await afterWrite();
          const count = outcome.report.storiesAdded;
          announceIfHidden(`Imported “${fileName}”: ${count} ${count === 1 ? 'story' : 'stories'}.`, 'info');
        } catch (error) {
          const problem = {
            where: '',
            message: `Viva could not write the imported records, so it kept none of them. ${describeStorageError(error)}`,
          };
          set({ importState: { status: 'failed', fileName, problems: [problem] } });
          announceIfHidden(`Nothing was imported from “${fileName}”. ${describeStorageError(error)}`, 'error');
        }
      },
      exportFile: async (kind, suggestedName, content) => {
        const saved = await saveFile(kind, suggestedName, content);
        return saved.status === 'saved' ? saved.fileName : null;
      },
      exportPdf: async (suggestedName) => {
        const saved = await savePdf(suggestedName);
        return saved.status === 'saved' ? saved.fileName : null;
      },
      saveBackupFile: async ({ storyId, includeRecordings, suggestedName }) => {
        const file = await services.backupFiles.exportBackup({
          ...(storyId === undefined ? {} : { storyId }),
          includeRecordings,
          appVersion: services.backups.appVersion,
        });
        const text = serializeBackup(file);
        // A file Viva could not read back is no backup: refuse it here, with the way out.
        // Counted in UTF-8 bytes, as the file is read back: text.length undercounts non-ASCII text.
        const bytes = utf8ByteLength(text);
        if (bytes > MAX_BACKUP_BYTES) {
          const shown = formatSizeOverLimit(bytes, MAX_BACKUP_BYTES);
          throw new Error(
            `This backup would be ${shown.size}, more than the ${shown.limit} Viva can read back.${includeRecordings ? ' Export it without recordings.' : ''}`,
          );
        }
        return get().exportFile('backup', suggestedName, text);
      },
    };
  };
}
