import type { BackupEntry } from '../../../shared/backup/backupNames';

// Seconds shown: backups taken a minute apart must not look the same.
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** When a backup was taken, as the user reads dates: "12 Mar 2026, 14:05:09". */
export function backupDate(entry: BackupEntry): string {
  return dateTime.format(new Date(entry.createdAt));
}

/** A backup's size in the unit a person expects. */
export function backupSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

/** "1 story", "12 stories". */
export function storyCountText(count: number): string {
  return count === 1 ? '1 story' : `${count} stories`;
}
