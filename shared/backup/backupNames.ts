/*
 * Backup file names carry what the restore screen lists (when, how many stories), so listing
 * backups never opens them: viva-backup-2026-01-31T09-05-00-123Z-12-stories.json.
 */

/** One stored backup as the restore screen lists it. */
export interface BackupEntry {
  name: string;
  /** When it was written, in ms since the epoch. */
  createdAt: number;
  /** Live stories (not in the trash) it holds. */
  storyCount: number;
  /** Its size in bytes. */
  size: number;
}

const NAME = /^viva-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(\d{1,6})-stories\.json$/;
const MAX_STORIES = 999_999;

/** The file name of a backup written at `createdAt` holding `storyCount` live stories. */
export function formatBackupName(createdAt: number, storyCount: number): string {
  const stamp = new Date(createdAt).toISOString().replace(/[:.]/g, '-');
  return `viva-backup-${stamp}-${Math.min(Math.max(0, Math.trunc(storyCount)), MAX_STORIES)}-stories.json`;
}

/** What a backup file name says, or null when the name is not one Viva writes. */
export function parseBackupName(name: string): { createdAt: number; storyCount: number } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, ms, count] = match.map(Number) as number[];
  const createdAt = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!, ms!);
  // Reject impossible dates (month 13, 31 February) that Date.UTC would silently roll over.
  if (formatBackupName(createdAt, count!) !== name) return null;
  return { createdAt, storyCount: count! };
}

/** Whether a string is a backup file name Viva writes (and so may be read back). */
export function isBackupName(name: string): boolean {
  return parseBackupName(name) !== null;
}
