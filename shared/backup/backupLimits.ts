import { MAX_FILE_BYTES } from '../ipc/fileLimits';

/**
 * The largest backup Viva reads, in bytes: the same limit as any file opened through a dialog,
 * so a file the app wrote can always be read back. Checked before a byte is decoded.
 */
export const MAX_BACKUP_BYTES = MAX_FILE_BYTES;

/** Most problems listed for one file: past that, the rest are counted, not listed. */
export const MAX_LISTED_PROBLEMS = 50;

/** Sizes as people read them: "64 MB", "812 kB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}
