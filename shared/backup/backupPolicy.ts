/*
 * How rolling backups behave, in one place for the desktop shell and the browser build: how
 * often a changed library is copied, how many copies are kept, and how long quitting waits.
 */

/** A changed library is copied this often while the app runs. */
export const BACKUP_INTERVAL_MS = 5 * 60 * 1000;

/** The most recent backups are always kept, whatever their age. */
export const KEEP_LATEST = 20;

/** Beyond those, the newest backup of each of this many recent days is kept. */
export const KEEP_DAILY_DAYS = 14;

/** Quitting waits at most this long for the final backup before giving up on it. */
export const QUIT_BACKUP_TIMEOUT_MS = 5000;
