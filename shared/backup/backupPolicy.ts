/*
 * How rolling backups behave, in one place for the desktop shell and the browser build: when a
 * changed library is copied, how many copies are kept, and how long quitting waits.
 */

/** While the library keeps changing, it is copied this often. */
export const BACKUP_INTERVAL_MS = 5 * 60 * 1000;

/**
 * The first change of a session (or the first after a quiet spell) is copied this soon, so
 * short sessions get backups too: waiting a whole interval first left ten minutes of edits
 * spread over short sessions with no backup at all.
 */
export const FIRST_BACKUP_DELAY_MS = 20 * 1000;

export interface BackupTiming {
  /** When this session last wrote a backup; null before its first. */
  lastBackupAt: number | null;
  /** When the library first changed since that backup; null when it has not. */
  changedSince: number | null;
}

/** When the next rolling backup is due, or null when nothing changed since the last one. */
export function nextBackupAt({ lastBackupAt, changedSince }: BackupTiming): number | null {
  if (changedSince === null) return null;
  const soonAfterChange = changedSince + FIRST_BACKUP_DELAY_MS;
  if (lastBackupAt === null) return soonAfterChange;
  return Math.max(lastBackupAt + BACKUP_INTERVAL_MS, soonAfterChange);
}

/** The most recent backups are always kept, whatever their age. */
export const KEEP_LATEST = 20;

/** Beyond those, the newest backup of each of this many recent days is kept. */
export const KEEP_DAILY_DAYS = 14;

/** Quitting waits at most this long for the final backup before giving up on it. */
export const QUIT_BACKUP_TIMEOUT_MS = 5000;
