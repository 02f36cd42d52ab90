import type { BackupFile } from '../../shared/backup/backupFile';
import type { BackupEntry } from '../../shared/backup/backupNames';
import type { RestoreOutcome } from '../data/restoreLibrary';

/** Rolling backups as the store sees them: stored by the bridge, restored into the database. */
export interface BackupService {
  /** Written into each backup's header. */
  appVersion: string;
  /** `storyCount`: the live stories in it, for its name (the desktop store does not parse 64 MB to count them). */
  write(content: string, storyCount?: number): Promise<BackupEntry>;
  /** Newest first. */
  list(): Promise<BackupEntry[]>;
  read(name: string): Promise<{ name: string; content: string }>;
  /** Tell main a `backup:due` request was handled. */
  settle(requestId: number): Promise<unknown>;
  /** Replace the whole library with a validated backup, all or nothing. */
  restore(file: BackupFile): Promise<RestoreOutcome>;
}
