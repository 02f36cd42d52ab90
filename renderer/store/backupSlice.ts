/*
 * Rolling backups and restore. The library lives in IndexedDB, so the renderer builds each
 * backup (when main asks, or the user does) and the bridge stores it. A backup is written only
 * when the library's records differ from the newest stored backup's. Restoring (restoreBackup in
 * workflows.ts) reads and checks the whole file, backs up the current library, then replaces it
 * in one transaction through replaceLibrary.
 */
import type { StateCreator } from 'zustand';
import type { BackupFile } from '../../shared/backup/backupFile';
import type { BackupEntry } from '../../shared/backup/backupNames';
import { backupBody, buildLibraryBackupText } from '../../shared/backup/libraryBackupText';
import { describeStorageError } from '../data/describeStorageError';
import type { RestoreOutcome } from '../data/restoreLibrary';
import type { AppState } from './appState';
import type { Services } from './services';
import { createRestoreOfferActions, type RestoreOfferSlice } from './restoreOfferActions';
import { createRollingBackups } from './rollingBackups';
import { createStorageActions, type StorageSlice } from './storageActions';

export type RestorePhase = 'checking' | 'backingUp' | 'restoring';

export interface BackupSlice extends RestoreOfferSlice, StorageSlice {
  backups: BackupEntry[];
  backupsStatus: 'idle' | 'loading' | 'ready' | 'error';
  backupsError: string | null;
  isBackingUp: boolean;
  /** The restore under way, for the progress the screen shows. */
  restoring: { name: string; phase: RestorePhase } | null;
  loadBackups(): Promise<void>;
  /** Take a backup now, changed or not (the user asked, or a restore is about to replace the library). */
  backUpNow(): Promise<BackupEntry>;
  /** Take a backup only if the library changed since the newest one; null when it did not. */
  backUpIfChanged(): Promise<BackupEntry | null>;
  /** Main asked for a backup: take one if needed, and always answer (a closing window waits). */
  answerBackupDue(requestId: number): Promise<void>;
  /**
   * Start the rolling backups: the first soon after the first change, then every few minutes
   * while the library changes (rollingBackups.ts). Returns the way to stop them.
   */
  startRollingBackups(): () => void;
  /** The window hides: back up now if the library changed since the last backup. */
  backUpPending(): Promise<void>;
  /** The restore under way (restoreBackup in workflows.ts), for the progress the screen shows; null when done. */
  noteRestorePhase(restoring: { name: string; phase: RestorePhase } | null): void;
  /** Replace the library with a checked backup file in one transaction (nothing else: see restoreBackup in workflows.ts). */
  replaceLibrary(file: BackupFile): Promise<RestoreOutcome>;
}

/** What a backup asks of the rest of the app (createSliceHooks in workflows.ts says how). */
export interface BackupHooks {
  /** Write the edits the autosave has not written yet, before the library is read. */
  savePendingEdits(): Promise<void>;
}

/** A full disk or storage quota is said in plain words; other errors pass on as they are. */
const message = describeStorageError;

async function digest(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(hash), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function createBackupSlice(services: Services, hooks: BackupHooks): StateCreator<AppState, [], [], BackupSlice> {
  return (set, get) => {
    /** Digest of the newest backup's records; null until known (first backup of a run). */
    let lastDigest: string | null = null;
    let running: Promise<BackupEntry | null> | null = null;

    const buildText = async () => {
      // Edits still waiting for the autosave belong in the backup.
      await hooks.savePendingEdits();
      const snapshot = await services.library.readSnapshot({ includeRecordings: false });
      const storyCount = snapshot.stories.filter((story) => story.deletedAt === null).length;
      return { text: buildLibraryBackupText(snapshot, services.backups.appVersion, services.clock()), storyCount };
    };

    const newestDigest = async (): Promise<string | null> => {
      const [newest] = await services.backups.list();
      if (!newest) return null;
      return digest(backupBody((await services.backups.read(newest.name)).content));
    };

    const write = async (isForced: boolean): Promise<BackupEntry | null> => {
      const { text, storyCount } = await buildText();
      const current = await digest(backupBody(text));
      lastDigest ??= await newestDigest().catch(() => null);
      if (!isForced && current === lastDigest) return null;
      set({ isBackingUp: true });
      try {
        const entry = await services.backups.write(text, storyCount);
        lastDigest = current;
        set((state) => ({ backups: [entry, ...state.backups.filter((b) => b.name !== entry.name)] }));
        return entry;
      } finally {
        set({ isBackingUp: false });
      }
    };

    // One backup at a time: a timer firing during a manual backup waits for it.
    const serial = (isForced: boolean) => {
      const run = (running ?? Promise.resolve(null)).catch(() => null).then(() => write(isForced));
      running = run;
      return run;
    };

    const rolling = createRollingBackups({
      clock: services.clock,
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      backUp: async () => {
        try {
          await serial(false);
        } catch (error) {
          get().notify(`Automatic backup failed. ${message(error)}`, 'error');
          throw error;
        }
      },
    });

    return {
      ...createRestoreOfferActions(services, set, get),
      ...createStorageActions(services, set),
      backups: [],
      backupsStatus: 'idle',
      backupsError: null,
      isBackingUp: false,
      restoring: null,
      loadBackups: async () => {
        set({ backupsStatus: 'loading', backupsError: null });
        try {
          set({ backups: await services.backups.list(), backupsStatus: 'ready' });
        } catch (error) {
          set({ backupsStatus: 'error', backupsError: `Viva could not list its backups. ${message(error)}` });
        }
      },
      backUpNow: async () => {
        const entry = await serial(true);
        if (!entry) throw new Error('The backup was not written.');
        rolling.noteBackedUp();
        void get().loadBackups();
        return entry;
      },
      backUpIfChanged: () => serial(false),
      answerBackupDue: async (requestId) => {
        try {
          await serial(false);
        } catch (error) {
          get().notify(`Automatic backup failed. ${message(error)}`, 'error');
        } finally {
          await services.backups.settle(requestId).catch(() => undefined);
        }
      },
      startRollingBackups: () => {
        const stopWatching = services.library.onWrite(() => rolling.noteChange());
        return () => {
          stopWatching();
          rolling.stop();
        };
      },
      backUpPending: () => rolling.backUpPending(),
      noteRestorePhase: (restoring) => set({ restoring }),
      replaceLibrary: async (file) => {
        const outcome = await services.backups.restore(file).catch((error: unknown) => {
          // One transaction: a failure part-way leaves the library exactly as it was.
          throw new Error(`Nothing was restored; your library is as it was. ${message(error)}`, { cause: error });
        });
        // The library now differs from the newest backup (taken just before): compare afresh.
        lastDigest = null;
        return outcome;
      },
    };
  };
}
