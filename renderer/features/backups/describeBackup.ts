import type { BackupEntry } from '../../../shared/backup/backupNames';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** When a backup was taken, as the user reads dates: "12 Mar 2026, 14:05". */
export function backupDate(entry: BackupEntry): string {
  return dateTime.format(new Date(entry.createdAt));
}

/** A backup's size in the unit a person expects. */
export function backupSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** "1 story", "12 stories". */
export function storyCountText(count: number): string {
  return count === 1 ? '1 story' : `${count} stories`;
}
